package org.scfledger.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriUtils;

/**
 * The demo program, written the way its parties would write it: each write is an API request sent with the acting
 * party's key, dated relative to the {@code anchor} day (today when the demo was first loaded).
 *
 * <p>An automotive core enterprise (core-1) runs program {@value #PROGRAM} with its bank (bank-1). Upstream, three
 * suppliers and a tier-2 supplier; downstream, two distributors. The story, day by day before the anchor:
 * <ul>
 * <li>supplier-1 delivers on an order, invoices, registers a receivable that core-1 confirms, and splits it, handing
 * 330,000 to its own supplier tier2-1, which finances its part; supplier-1 pledges a second invoice to its line, draws
 * 300,000 in six monthly installments and pays the first; a third receivable awaits core-1's confirmation;</li>
 * <li>supplier-2 finances a confirmed receivable (discounted); supplier-3 pledges an accepted order and asks for a
 * drawdown that the bank has not decided yet;</li>
 * <li>distributor-1 orders cars from core-1, pledges a warehouse receipt and has a drawdown approved, not yet paid out;
 * distributor-2 pledges core-1's guarantee, is declined once and refused once by its limit.</li>
 * </ul>
 * Every write carries an Idempotency-Key named after its step: loaded again, the ledger answers from the first load.
 */
final class DemoScript {

    static final String PROGRAM = "P-AUTO";

    /** The program is valid from this many days before the anchor: how a later load finds the anchor again. */
    static final int PROGRAM_STARTED_DAYS_BEFORE = 90;

    private static final String BASE = "/api/v1";
    private static final int[] WRITTEN = {200, 201};

    private final DemoClient client;
    private final Map<String, String> keys;
    private final LocalDate anchor;

    /** @param keys each party's API key by party id, the operator's under "operator" */
    DemoScript(DemoClient client, Map<String, String> keys, LocalDate anchor) {
        this.client = client;
        this.keys = keys;
        this.anchor = anchor;
    }

    /** The parties, registered by the operator. */
    static void registerParties(DemoClient client, String operatorKey) {
        for (DemoParty party : DemoParty.ALL) {
            client.write("POST", BASE + "/parties", operatorKey, obj(
                    "partyId", party.id(),
                    "legalName", party.legalName(),
                    "unifiedSocialCreditCode", party.creditCode(),
                    "roles", party.roles()), "demo:party:" + party.id(), WRITTEN);
        }
    }

    void run() {
        program();
        supplier1();
        supplier2();
        tier2();
        supplier3();
        distributor1();
        distributor2();
    }

    private void program() {
        post(DemoParty.BANK, "/programs", "program", obj(
                "programId", PROGRAM,
                "coreEnterprise", DemoParty.CORE.id(),
                "funder", DemoParty.BANK.id(),
                "currency", "CNY",
                "programLimit", cny("50000000.00"),
                "validFrom", day(-PROGRAM_STARTED_DAYS_BEFORE),
                "validTo", day(365),
                "advanceRates", obj("rates", obj(
                        "RECEIVABLE", rate("0.80"),
                        "INVOICE", rate("0.70"),
                        "PURCHASE_ORDER", rate("0.40"),
                        "GOODS", rate("0.60"),
                        "GUARANTEE", rate("1.00"),
                        "MORTGAGE", rate("0.60"))),
                "pricing", obj("annualRate", obj("annual", "0.0435"), "dayCount", "ACT_360", "penaltyMultiplier", "1.5"),
                "maxTenorDays", 365,
                "matchTolerancePercent", "1"));
        admit(DemoParty.SUPPLIER_1, "SUPPLIER", "1000000.00", "5000000.00");
        admit(DemoParty.SUPPLIER_2, "SUPPLIER", "800000.00", "3000000.00");
        admit(DemoParty.SUPPLIER_3, "SUPPLIER", "500000.00", "2000000.00");
        admit(DemoParty.TIER2, "SUPPLIER", "300000.00", "1000000.00");
        admit(DemoParty.DISTRIBUTOR_1, "DISTRIBUTOR", "600000.00", "3000000.00");
        admit(DemoParty.DISTRIBUTOR_2, "DISTRIBUTOR", "300000.00", "1000000.00");
    }

    private void supplier1() {
        DemoParty supplier = DemoParty.SUPPLIER_1;
        // An order, delivered and invoiced; the receivable confirmed by core-1, then split down the chain.
        order("PO:HD-0101", DemoParty.CORE, supplier, "1200000.00", -60, "brake assemblies, lot 7");
        String invoice1 = invoice(supplier, "044031900111", "00371552", "1130000.00", "130000.00", -50, "PO:HD-0101");
        receivable("RCV:AR-0101", supplier, "1130000.00", 60, List.of(invoice1), "PO:HD-0101", -48);
        confirm("RCV:AR-0101", -47);
        post(supplier, "/receivables/" + seg("RCV:AR-0101") + "/split", "split:RCV:AR-0101", obj(
                "parts", List.of(
                        obj("amount", cny("330000.00"), "holder", DemoParty.TIER2.id()),
                        obj("amount", cny("800000.00"), "holder", supplier.id())),
                "splitOn", day(-40)));

        // A line drawdown in six monthly installments, disbursed; the first installment paid on its due date.
        drawdown("F-0001", supplier, "300000.00", "EQUAL_INSTALLMENT", obj("periods", 6, "monthsPerPeriod", 1), -45, WRITTEN);
        approve("F-0001", -45, "within line; trade history with core-1 since 2019");
        disburse("F-0001", -44);
        JsonNode first = client.await(BASE + "/financings/F-0001", key(supplier),
                financing -> "DISBURSED".equals(financing.path("status").asText()) && financing.path("schedule").size() > 0)
                .path("schedule").get(0);
        post(supplier, "/financings/F-0001/repayments", "repay:F-0001:1", obj(
                "amount", first.path("total"),
                "businessDate", first.path("dueDate").asText()));

        // A second order, invoiced and pledged to the line as an invoice (70 %).
        order("PO:HD-0102", DemoParty.CORE, supplier, "500000.00", -35, "brake discs, lot 8");
        String invoice2 = invoice(supplier, "044031900111", "00371618", "452000.00", "52000.00", -30, "PO:HD-0102");
        pledge(supplier, "invoiceId", invoice2, -28);

        // A third: the receivable is registered and awaits core-1's confirmation (确权).
        order("PO:HD-0103", DemoParty.CORE, supplier, "300000.00", -12, "master cylinders, lot 9");
        String invoice3 = invoice(supplier, "044031900111", "00371702", "282500.00", "32500.00", -5, "PO:HD-0103");
        receivable("RCV:AR-0103", supplier, "282500.00", 85, List.of(invoice3), "PO:HD-0103", -3);
    }

    private void supplier2() {
        DemoParty supplier = DemoParty.SUPPLIER_2;
        order("PO:HD-0201", DemoParty.CORE, supplier, "900000.00", -45, "laminated windscreens, HD-7");
        String invoice = invoice(supplier, "035011900211", "00058831", "678000.00", "78000.00", -40, "PO:HD-0201");
        receivable("RCV:AR-0201", supplier, "678000.00", 75, List.of(invoice), "PO:HD-0201", -38);
        confirm("RCV:AR-0201", -37);
        // Receivable financing (众链贷) at the full 80 % advance, interest deducted up front.
        receivableFinancing("F-0003", supplier, "RCV:AR-0201", "542400.00", "DISCOUNT", -36);
        approve("F-0003", -36, "confirmed by core-1; three-way match passed");
        disburse("F-0003", -35);
    }

    private void tier2() {
        // tier2-1 never traded with core-1: it finances the part of core-1's receivable that supplier-1 handed it.
        receivableFinancing("F-0004", DemoParty.TIER2, "RCV:AR-0101/1", "264000.00", "AT_MATURITY", -30);
        approve("F-0004", -30, "part of a receivable confirmed by core-1");
        disburse("F-0004", -29);
    }

    private void supplier3() {
        DemoParty supplier = DemoParty.SUPPLIER_3;
        order("PO:HD-0301", DemoParty.CORE, supplier, "800000.00", -20, "seat frames, Q-series");
        pledge(supplier, "orderId", "PO:HD-0301", -18);
        // Asked for, not yet decided by the bank.
        drawdown("F-0002", supplier, "200000.00", "BULLET", maturity(88), -2, WRITTEN);
    }

    private void distributor1() {
        DemoParty distributor = DemoParty.DISTRIBUTOR_1;
        // Downstream: the distributor buys from core-1.
        order("PO:ND-0001", distributor, DemoParty.CORE, "2400000.00", -25, "40 HD-7 sedans, spring allocation");
        post(distributor, "/collateral", "collateral:WR-BJ-0007", obj(
                "collateralId", "WR-BJ-0007",
                "kind", "WAREHOUSE_RECEIPT",
                "pledgor", distributor.id(),
                "pledgee", DemoParty.BANK.id(),
                "value", cny("800000.00"),
                "description", "32 HD-7 sedans in the bonded store, Shunyi, bay 4",
                "custodian", "warehouse-1",
                "documentReference", "BJ-WR-0007",
                "pledgedOn", day(-22)));
        pledge(distributor, "collateralId", "WR-BJ-0007", -22);
        // Approved, not yet paid out.
        drawdown("F-0005", distributor, "500000.00", "EQUAL_PRINCIPAL", obj("periods", 3, "monthsPerPeriod", 1), -3, WRITTEN);
        approve("F-0005", -1, "covered by warehouse receipt BJ-WR-0007");
    }

    private void distributor2() {
        DemoParty distributor = DemoParty.DISTRIBUTOR_2;
        post(distributor, "/collateral", "collateral:GTE-0002", obj(
                "collateralId", "GTE-0002",
                "kind", "GUARANTEE",
                "pledgor", distributor.id(),
                "pledgee", DemoParty.BANK.id(),
                "value", cny("500000.00"),
                "description", "core-1's guarantee of distributor-2's purchase financing",
                "guarantor", DemoParty.CORE.id(),
                "expiresOn", day(300),
                "pledgedOn", day(-15)));
        pledge(distributor, "collateralId", "GTE-0002", -15);
        // Declined by the bank.
        drawdown("F-0006", distributor, "400000.00", "BULLET", maturity(72), -8, WRITTEN);
        post(DemoParty.BANK, "/financings/F-0006/decision", "decide:F-0006", obj(
                "decision", "DECLINE",
                "reasons", List.of("stock turnover below the program's threshold of 4 a year"),
                "businessDate", day(-6)));
        // Refused by the ledger: more than the line (300,000 + the guarantee's 500,000). Recorded as evidence, answered 409.
        drawdown("F-0007", distributor, "950000.00", "BULLET", maturity(89), -1, 409);
    }

    // ------------------------------------------------------------------ one request each

    private void admit(DemoParty member, String side, String baseLimit, String memberCap) {
        post(DemoParty.BANK, "/programs/" + PROGRAM + "/members", "admit:" + member.id(), obj(
                "member", member.id(),
                "side", side,
                "baseLimit", cny(baseLimit),
                "memberCap", cny(memberCap)));
    }

    private void order(String orderId, DemoParty buyer, DemoParty seller, String amount, int placed, String description) {
        post(buyer, "/orders", "order:" + orderId, obj(
                "orderId", orderId,
                "buyer", buyer.id(),
                "seller", seller.id(),
                "amount", cny(amount),
                "orderDate", day(placed),
                "description", description));
        post(seller, "/orders/" + seg(orderId) + "/acceptance", "accept:" + orderId, obj("acceptedOn", day(placed + 1)));
    }

    /** Issued by the seller, verified by the bank the next day; returns the invoice's id. */
    private String invoice(DemoParty issuer, String code, String number, String amount, String tax, int issued, String orderId) {
        String invoiceId = "INV:" + issuer.creditCode() + ":" + code + ":" + number;
        post(issuer, "/invoices", "invoice:" + invoiceId, obj(
                "issuer", issuer.id(),
                "issuerTaxId", issuer.creditCode(),
                "invoiceCode", code,
                "invoiceNumber", number,
                "buyer", DemoParty.CORE.id(),
                "amount", cny(amount),
                "taxAmount", cny(tax),
                "issueDate", day(issued),
                "orderId", orderId));
        post(DemoParty.BANK, "/invoices/" + seg(invoiceId) + "/verification", "verify:" + invoiceId, obj(
                "verdict", "AUTHENTIC",
                "reference", "VAT-CHK-" + number,
                "verifiedOn", day(issued + 1)));
        return invoiceId;
    }

    private void receivable(String receivableId, DemoParty creditor, String face, int maturesIn, List<String> invoiceIds,
            String orderId, int registered) {
        post(creditor, "/receivables", "receivable:" + receivableId, obj(
                "receivableId", receivableId,
                "creditor", creditor.id(),
                "debtor", DemoParty.CORE.id(),
                "faceAmount", cny(face),
                "maturityDate", day(maturesIn),
                "invoiceIds", invoiceIds,
                "orderId", orderId,
                "programId", PROGRAM,
                "registeredOn", day(registered)));
    }

    private void confirm(String receivableId, int confirmed) {
        post(DemoParty.CORE, "/receivables/" + seg(receivableId) + "/confirmation", "confirm:" + receivableId,
                obj("confirmedOn", day(confirmed)));
    }

    private void pledge(DemoParty member, String assetField, String assetId, int pledged) {
        post(member, "/programs/" + PROGRAM + "/members/" + member.id() + "/assets", "pledge:" + assetId, obj(
                assetField, assetId,
                "pledgedOn", day(pledged)));
    }

    private void drawdown(String financingId, DemoParty member, String amount, String method, Map<String, Object> tenor, int requested,
            int... expected) {
        write(member, "/financings/drawdowns", "drawdown:" + financingId, obj(
                "financingId", financingId,
                "programId", PROGRAM,
                "member", member.id(),
                "amount", cny(amount),
                "method", method,
                "tenor", tenor,
                "businessDate", day(requested)), expected);
    }

    private void receivableFinancing(String financingId, DemoParty holder, String receivableId, String amount, String interestMode,
            int requested) {
        post(holder, "/financings/receivable-financings", "receivable-financing:" + financingId, obj(
                "financingId", financingId,
                "programId", PROGRAM,
                "receivableId", receivableId,
                "amount", cny(amount),
                "interestMode", interestMode,
                "businessDate", day(requested)));
    }

    private void approve(String financingId, int decided, String reason) {
        post(DemoParty.BANK, "/financings/" + financingId + "/decision", "decide:" + financingId, obj(
                "decision", "APPROVE",
                "reasons", List.of(reason),
                "businessDate", day(decided)));
    }

    private void disburse(String financingId, int paidOut) {
        post(DemoParty.BANK, "/financings/" + financingId + "/disbursement", "disburse:" + financingId,
                obj("businessDate", day(paidOut)));
    }

    private void post(DemoParty as, String path, String step, Map<String, Object> body) {
        write(as, path, step, body, WRITTEN);
    }

    private void write(DemoParty as, String path, String step, Map<String, Object> body, int... expected) {
        client.write("POST", BASE + path, key(as), body, "demo:" + step, expected);
    }

    private String key(DemoParty party) {
        String key = keys.get(party.id());
        if (key == null) {
            throw new IllegalStateException("no key was issued for " + party.id());
        }
        return key;
    }

    private String day(int offset) {
        return anchor.plusDays(offset).toString();
    }

    /** A single-payment tenor: a maturity date, and no periods. */
    private Map<String, Object> maturity(int days) {
        return obj("periods", 0, "monthsPerPeriod", 0, "maturity", day(days));
    }

    private static Map<String, Object> cny(String amount) {
        return obj("amount", amount, "currency", "CNY");
    }

    private static Map<String, Object> rate(String fraction) {
        return obj("fraction", fraction);
    }

    private static String seg(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    /** A JSON object with its fields in the order given: the same request is the same text on every load. */
    static Map<String, Object> obj(Object... fieldsAndValues) {
        var object = new LinkedHashMap<String, Object>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            object.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return object;
    }
}
