package org.scfledger.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scfledger.api.http.ApiClient.Answer;
import org.scfledger.core.journal.Checkpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what: every endpoint under /api/v1 against every kind of caller. Denied is 401 (no key) or 403 (the
 * route, the resource's visibility or the write side's rule on the acting party), always as a problem; allowed is
 * anything else, the request got past authorisation (it may still be refused on business grounds, 404, 409, 422).
 *
 * <p>Each row's body and target would succeed for the party it belongs to; within a row the callers expected to be
 * denied go first, so that what they are refused is never explained by what an allowed caller changed before.
 * An endpoint without a row fails {@link #every_endpoint_has_a_row}.
 */
class AuthorisationMatrixIT extends ApiTestServer {

    enum Kind { OPERATOR, CORE, FUNDER, SUPPLIER, OTHER_SUPPLIER, DISTRIBUTOR, AUDITOR, NO_KEY }

    static final Set<Kind> EVERY_KEY = EnumSet.complementOf(EnumSet.of(Kind.NO_KEY));
    static final Set<Kind> READERS = EnumSet.of(Kind.OPERATOR, Kind.AUDITOR);

    record Row(String method, String template, String path, @Nullable String body, Set<Kind> allowed) {
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Checkpoints checkpoints;

    Cast cast;
    final Map<Kind, String> keys = new EnumMap<>(Kind.class);
    final List<Row> rows = new ArrayList<>();

    static final String P = "am-P";

    @BeforeAll
    void fixtures() {
        cast = cast("am");
        keys.put(Kind.OPERATOR, operator);
        keys.put(Kind.CORE, cast.coreKey);
        keys.put(Kind.FUNDER, cast.bankKey);
        keys.put(Kind.SUPPLIER, cast.supplierKey);
        keys.put(Kind.OTHER_SUPPLIER, cast.otherSupplierKey);
        keys.put(Kind.DISTRIBUTOR, cast.distributorKey);
        keys.put(Kind.AUDITOR, cast.auditorKey);
        register("am-supplier-3", "SUPPLIER");

        createProgram(cast, P);
        admit(cast, P, cast.supplier, "SUPPLIER", "1000000.00", "2000000.00");
        admit(cast, P, cast.otherSupplier, "SUPPLIER", "100000.00", "100000.00");
        admit(cast, P, cast.distributor, "DISTRIBUTOR", "80000.00", "80000.00");
        String line = V1 + "/programs/" + P + "/members/" + cast.supplier;
        String lineEncumbrance = "{\"kind\": \"CREDIT_LINE\", \"reference\": \"" + P + ":" + cast.supplier + "\", \"holder\": \"" + cast.bank
                + "\"}";

        // orders: one to accept, one to cancel, one pledged to the supplier's line (to release)
        String toAccept = "PO:am-accept";
        assertStatus(api.post(V1 + "/orders", cast.coreKey, """
                {"orderId": "%s", "buyer": "%s", "seller": "%s", "amount": %s, "orderDate": "2026-03-02", "description": "gears"}"""
                .formatted(toAccept, cast.core, cast.supplier, cny("1000.00"))), 201);
        String toCancel = acceptedOrder(cast, "am-cancel", "1000.00", "2026-03-02");
        String toReleaseOrder = acceptedOrder(cast, "am-release", "1000.00", "2026-03-02");
        assertStatus(api.post(line + "/assets", cast.supplierKey, "{\"orderId\": \"" + toReleaseOrder + "\", \"pledgedOn\": \"2026-03-03\"}"),
                200);

        // invoices: one to verify, one to cancel, one verified and pledged (to release)
        String toVerify = invoice(cast, cast.nextInvoiceNumber(), "500.00", "57.52", "2026-03-05", null);
        String toCancelInvoice = invoice(cast, cast.nextInvoiceNumber(), "500.00", "57.52", "2026-03-05", null);
        String toReleaseInvoice = invoice(cast, cast.nextInvoiceNumber(), "500.00", "57.52", "2026-03-05", null);
        assertStatus(api.post(V1 + "/invoices/" + toReleaseInvoice + "/verification", cast.bankKey,
                "{\"verdict\": \"AUTHENTIC\", \"reference\": \"VAT-1\", \"verifiedOn\": \"2026-03-06\"}"), 200);
        assertStatus(api.post(line + "/assets", cast.supplierKey, "{\"invoiceId\": \"" + toReleaseInvoice + "\", \"pledgedOn\": \"2026-03-07\"}"),
                200);

        // receivables
        String toConfirmOrder = acceptedOrder(cast, "am-r-confirm", "2000.00", "2026-03-02");
        String toConfirm = receivable(cast, P, "RCV:am-confirm", "2000.00", "2026-06-30",
                invoice(cast, cast.nextInvoiceNumber(), "2000.00", "0.00", "2026-03-05", toConfirmOrder), toConfirmOrder, "2026-03-06");
        String toDisputeOrder = acceptedOrder(cast, "am-r-dispute", "2000.00", "2026-03-02");
        String toDispute = receivable(cast, P, "RCV:am-dispute", "2000.00", "2026-06-30",
                invoice(cast, cast.nextInvoiceNumber(), "2000.00", "0.00", "2026-03-05", toDisputeOrder), toDisputeOrder, "2026-03-06");
        String toSplit = confirmedReceivable(cast, P, "am-split", "2000.00", "2026-06-30");
        String toTransfer = confirmedReceivable(cast, P, "am-transfer", "2000.00", "2026-06-30");
        String toSettle = confirmedReceivable(cast, P, "am-settle", "2000.00", "2026-06-30");
        String toFinance = confirmedReceivable(cast, P, "am-finance", "2000.00", "2026-06-30");
        String toRead = confirmedReceivable(cast, P, "am-read", "2000.00", "2026-06-30");
        String toReleaseReceivable = confirmedReceivable(cast, P, "am-rcv-release", "2000.00", "2026-06-30");
        assertStatus(api.post(line + "/assets", cast.supplierKey, "{\"receivableId\": \"" + toReleaseReceivable
                + "\", \"pledgedOn\": \"2026-03-07\"}"), 200);

        // collateral: guarantees of the core enterprise for the supplier, pledged to the funder
        String toRevalue = guarantee(cast, "am-GT-revalue", "1000.00", "2026-03-01", "2027-03-01");
        String toReleaseCollateral = guarantee(cast, "am-GT-release", "1000.00", "2026-03-01", "2027-03-01");
        String toPledgeToLine = guarantee(cast, "am-GT-line", "1000.00", "2026-03-01", "2027-03-01");

        // financings of the supplier: requested, approved, disbursed twice (to repay, to write off)
        String toDecide = drawdown("am-F-decide");
        String toDisburse = approved(drawdown("am-F-disburse"));
        String toRepay = disbursed(approved(drawdown("am-F-repay")));
        String toWriteOff = disbursed(approved(drawdown("am-F-writeoff")));

        register("am-journal", "SUPPLIER");
        long first = checkpoints.takeIfGrown().orElseGet(() -> checkpoints.latest().orElseThrow()).number();
        register("am-journal-2", "SUPPLIER");
        long second = checkpoints.takeIfGrown().orElseThrow().number();

        // ---------------------------------------------------------------- parties and keys
        row("POST", "/parties", "/parties", """
                {"partyId": "am-newcomer", "legalName": "Newcomer", "unifiedSocialCreditCode": "%s", "roles": ["SUPPLIER"]}"""
                .formatted(UNIFIED_CODE), Kind.OPERATOR);
        row("GET", "/parties/{partyId}", "/parties/" + cast.supplier, null, EVERY_KEY);
        row("PUT", "/parties/{partyId}/roles", "/parties/am-supplier-3/roles", "{\"roles\": [\"SUPPLIER\", \"DISTRIBUTOR\"]}",
                Kind.OPERATOR);
        row("POST", "/parties/{partyId}/credentials", "/parties/" + cast.supplier + "/credentials", "{\"user\": \"matrix\"}",
                Kind.OPERATOR, Kind.SUPPLIER);
        row("GET", "/parties/{partyId}/credentials", "/parties/" + cast.supplier + "/credentials", null,
                Kind.OPERATOR, Kind.AUDITOR, Kind.SUPPLIER);
        row("DELETE", "/parties/{partyId}/credentials/{keyId}", "/parties/" + cast.supplier + "/credentials/zzzzzzzzzzzz", null,
                Kind.OPERATOR, Kind.SUPPLIER);

        // ---------------------------------------------------------------- programs and lines
        row("POST", "/programs", "/programs", programBody("am-P2"), Kind.FUNDER);
        row("GET", "/programs", "/programs?funder=" + cast.bank, null, Kind.OPERATOR, Kind.AUDITOR, Kind.FUNDER);
        row("GET", "/programs/{programId}", "/programs/" + P, null, Kind.OPERATOR, Kind.AUDITOR, Kind.FUNDER, Kind.CORE);
        row("PUT", "/programs/{programId}/limit", "/programs/" + P + "/limit", "{\"programLimit\": " + cny("6000000.00") + "}",
                Kind.FUNDER);
        row("POST", "/programs/{programId}/members", "/programs/" + P + "/members", """
                {"member": "am-supplier-3", "side": "SUPPLIER", "baseLimit": %s, "memberCap": %s}"""
                .formatted(cny("1000.00"), cny("1000.00")), Kind.FUNDER);
        row("GET", "/programs/{programId}/members", "/programs/" + P + "/members", null, EVERY_KEY);
        row("GET", "/programs/{programId}/members/{member}", "/programs/" + P + "/members/" + cast.supplier, null,
                Kind.OPERATOR, Kind.AUDITOR, Kind.FUNDER, Kind.CORE, Kind.SUPPLIER);
        String dealerLine = "/programs/" + P + "/members/" + cast.distributor;
        row("PUT", "/programs/{programId}/members/{member}/limits", dealerLine + "/limits", """
                {"baseLimit": %s, "memberCap": %s, "businessDate": "2026-03-02"}""".formatted(cny("90000.00"), cny("90000.00")),
                Kind.FUNDER);
        row("POST", "/programs/{programId}/members/{member}/suspension", dealerLine + "/suspension", "{\"reason\": \"review\"}",
                Kind.FUNDER);
        row("POST", "/programs/{programId}/members/{member}/reinstatement", dealerLine + "/reinstatement", "{\"reason\": \"reviewed\"}",
                Kind.FUNDER);
        row("POST", "/programs/{programId}/members/{member}/assets", "/programs/" + P + "/members/" + cast.supplier + "/assets",
                "{\"collateralId\": \"" + toPledgeToLine + "\", \"pledgedOn\": \"2026-03-02\"}", Kind.SUPPLIER);

        // ---------------------------------------------------------------- orders and invoices
        row("POST", "/orders", "/orders", """
                {"orderId": "PO:am-new", "buyer": "%s", "seller": "%s", "amount": %s, "orderDate": "2026-03-02", "description": "bolts"}"""
                .formatted(cast.core, cast.supplier, cny("100.00")), Kind.CORE);
        row("GET", "/orders/{orderId}", "/orders/" + toCancel, null, Kind.OPERATOR, Kind.AUDITOR, Kind.CORE, Kind.SUPPLIER);
        row("POST", "/orders/{orderId}/acceptance", "/orders/" + toAccept + "/acceptance", "{\"acceptedOn\": \"2026-03-03\"}",
                Kind.SUPPLIER);
        row("POST", "/orders/{orderId}/cancellation", "/orders/" + toCancel + "/cancellation",
                "{\"reason\": \"specification changed\", \"cancelledOn\": \"2026-03-05\"}", Kind.CORE);
        row("POST", "/orders/{orderId}/release", "/orders/" + toReleaseOrder + "/release",
                "{\"encumbrance\": " + lineEncumbrance + ", \"releasedOn\": \"2026-03-08\"}", Kind.FUNDER, Kind.OPERATOR);
        row("POST", "/invoices", "/invoices", """
                {"issuer": "%s", "issuerTaxId": "91310000MA1K4XYZ2B", "invoiceCode": "AMNEW", "invoiceNumber": "1", "buyer": "%s",
                 "amount": %s, "taxAmount": %s, "issueDate": "2026-03-10"}""".formatted(cast.supplier, cast.core, cny("100.00"),
                cny("11.50")), Kind.SUPPLIER);
        row("GET", "/invoices/{invoiceId}", "/invoices/" + toVerify, null, Kind.OPERATOR, Kind.AUDITOR, Kind.CORE, Kind.SUPPLIER);
        // the tax authority's verdict is recorded by the operator or a funder, never by the invoice's parties nor by another
        row("POST", "/invoices/{invoiceId}/verification", "/invoices/" + toVerify + "/verification",
                "{\"verdict\": \"AUTHENTIC\", \"reference\": \"VAT-2\", \"verifiedOn\": \"2026-03-06\"}", Kind.OPERATOR, Kind.FUNDER);
        row("POST", "/invoices/{invoiceId}/cancellation", "/invoices/" + toCancelInvoice + "/cancellation",
                "{\"reason\": \"issued in error\", \"cancelledOn\": \"2026-03-12\"}", Kind.SUPPLIER);
        row("POST", "/invoices/{invoiceId}/release", "/invoices/" + toReleaseInvoice + "/release",
                "{\"encumbrance\": " + lineEncumbrance + ", \"releasedOn\": \"2026-03-08\"}", Kind.FUNDER, Kind.OPERATOR);

        // ---------------------------------------------------------------- receivables
        String rcvOrder = acceptedOrder(cast, "am-r-new", "3000.00", "2026-03-02");
        String rcvInvoice = invoice(cast, cast.nextInvoiceNumber(), "3000.00", "0.00", "2026-03-05", rcvOrder);
        row("POST", "/receivables", "/receivables", """
                {"receivableId": "RCV:am-new", "creditor": "%s", "debtor": "%s", "faceAmount": %s, "maturityDate": "2026-06-30",
                 "invoiceIds": ["%s"], "orderId": "%s", "programId": "%s", "registeredOn": "2026-03-10"}"""
                .formatted(cast.supplier, cast.core, cny("3000.00"), rcvInvoice, rcvOrder, P), Kind.SUPPLIER);
        row("GET", "/receivables", "/receivables", null, EVERY_KEY);
        row("GET", "/receivables/{receivableId}", "/receivables/" + toRead, null, Kind.OPERATOR, Kind.AUDITOR, Kind.CORE, Kind.SUPPLIER);
        row("POST", "/receivables/{receivableId}/confirmation", "/receivables/" + toConfirm + "/confirmation",
                "{\"confirmedOn\": \"2026-03-12\"}", Kind.CORE);
        row("POST", "/receivables/{receivableId}/dispute", "/receivables/" + toDispute + "/dispute",
                "{\"reason\": \"short-delivered\", \"disputedOn\": \"2026-03-20\"}", Kind.CORE);
        row("POST", "/receivables/{receivableId}/dispute-resolution", "/receivables/" + toDispute + "/dispute-resolution",
                "{\"resolution\": \"delivered\", \"resolvedOn\": \"2026-03-25\"}", Kind.CORE, Kind.OPERATOR);
        row("POST", "/receivables/{receivableId}/split", "/receivables/" + toSplit + "/split", """
                {"parts": [{"amount": %s, "holder": "%s"}, {"amount": %s, "holder": "%s"}], "splitOn": "2026-03-15"}"""
                .formatted(cny("500.00"), cast.otherSupplier, cny("1500.00"), cast.supplier), Kind.SUPPLIER);
        row("POST", "/receivables/{receivableId}/transfer", "/receivables/" + toTransfer + "/transfer",
                "{\"newHolder\": \"" + cast.otherSupplier + "\", \"transferredOn\": \"2026-03-16\"}", Kind.SUPPLIER);
        row("POST", "/receivables/{receivableId}/settlement", "/receivables/" + toSettle + "/settlement",
                "{\"amount\": " + cny("2000.00") + ", \"paidOn\": \"2026-06-30\"}", Kind.CORE);
        row("POST", "/receivables/{receivableId}/release", "/receivables/" + toReleaseReceivable + "/release",
                "{\"encumbrance\": " + lineEncumbrance + ", \"releasedOn\": \"2026-03-08\"}", Kind.FUNDER, Kind.OPERATOR);

        // ---------------------------------------------------------------- collateral
        row("POST", "/collateral", "/collateral", """
                {"collateralId": "am-WR-new", "kind": "WAREHOUSE_RECEIPT", "pledgor": "%s", "pledgee": "%s", "value": %s,
                 "description": "steel", "custodian": "%s", "documentReference": "WR-1", "pledgedOn": "2026-03-02"}"""
                .formatted(cast.supplier, cast.bank, cny("1000.00"), cast.distributor), Kind.SUPPLIER);
        row("GET", "/collateral", "/collateral", null, EVERY_KEY);
        row("GET", "/collateral/{collateralId}", "/collateral/" + toRevalue, null,
                Kind.OPERATOR, Kind.AUDITOR, Kind.SUPPLIER, Kind.FUNDER, Kind.CORE);
        row("POST", "/collateral/{collateralId}/revaluation", "/collateral/" + toRevalue + "/revaluation",
                "{\"value\": " + cny("900.00") + ", \"revaluedOn\": \"2026-04-01\"}", Kind.FUNDER);
        row("POST", "/collateral/{collateralId}/release", "/collateral/" + toReleaseCollateral + "/release",
                "{\"reason\": \"repaid\", \"releasedOn\": \"2026-06-30\"}", Kind.FUNDER);

        // ---------------------------------------------------------------- financings
        row("POST", "/financings/drawdowns", "/financings/drawdowns", drawdownBody("am-F-new"), Kind.SUPPLIER);
        row("POST", "/financings/receivable-financings", "/financings/receivable-financings", """
                {"financingId": "am-FR-new", "programId": "%s", "receivableId": "%s", "amount": %s, "interestMode": "DISCOUNT",
                 "businessDate": "2026-03-16"}""".formatted(P, toFinance, cny("1600.00")), Kind.SUPPLIER);
        row("GET", "/financings", "/financings", null, EVERY_KEY);
        row("GET", "/financings/totals", "/financings/totals?by=MEMBER", null, EVERY_KEY);
        row("GET", "/financings/{financingId}", "/financings/" + toRepay, null,
                Kind.OPERATOR, Kind.AUDITOR, Kind.SUPPLIER, Kind.FUNDER, Kind.CORE);
        row("POST", "/financings/{financingId}/decision", "/financings/" + toDecide + "/decision",
                "{\"decision\": \"APPROVE\", \"reasons\": [], \"businessDate\": \"2026-03-16\"}", Kind.FUNDER);
        row("POST", "/financings/{financingId}/disbursement", "/financings/" + toDisburse + "/disbursement",
                "{\"businessDate\": \"2026-03-16\"}", Kind.FUNDER);
        row("POST", "/financings/{financingId}/repayments", "/financings/" + toRepay + "/repayments",
                "{\"amount\": " + cny("100.00") + ", \"earlyRepayment\": \"SHORTEN_TERM\", \"businessDate\": \"2026-04-01\"}",
                Kind.SUPPLIER, Kind.FUNDER);
        row("POST", "/financings/{financingId}/write-off", "/financings/" + toWriteOff + "/write-off",
                "{\"reason\": \"insolvent\", \"businessDate\": \"2026-12-01\"}", Kind.FUNDER);

        // ---------------------------------------------------------------- business days and the journal
        row("GET", "/business-days/{day}/agenda", "/business-days/2025-06-30/agenda", null, READERS);
        row("POST", "/business-days/{day}/close", "/business-days/2025-06-30/close", "", Kind.OPERATOR);
        row("GET", "/journal", "/journal", null, EVERY_KEY);
        row("GET", "/journal/checkpoints", "/journal/checkpoints", null, EVERY_KEY);
        row("GET", "/journal/checkpoints/latest", "/journal/checkpoints/latest", null, EVERY_KEY);
        row("GET", "/journal/checkpoints/{number}", "/journal/checkpoints/" + first, null, EVERY_KEY);
        row("GET", "/journal/events/{position}/inclusion-proof", "/journal/events/0/inclusion-proof?checkpoint=" + second, null,
                EVERY_KEY);
        row("GET", "/journal/consistency-proof", "/journal/consistency-proof?from=" + first + "&to=" + second, null, EVERY_KEY);
        row("GET", "/journal/export", "/journal/export", null, READERS);

        // ---------------------------------------------------------------- audit: a job is its party's (others get 404)
        String audited = "member=" + cast.supplier + "&program=" + P;
        String job = assertStatus(api.post(V1 + "/audit/exports", cast.auditorKey, "{\"upToCheckpoint\": " + first + "}"), 202)
                .json().path("id").asText();
        row("GET", "/audit/replay", "/audit/replay?" + audited + "&checkpoint=" + second, null, READERS);
        row("GET", "/audit/diff", "/audit/diff?" + audited + "&from=" + first + "&to=" + second, null, READERS);
        // the whole journal goes to auditors and the operator alone (AuditApiIT); a slice of a program also to the
        // parties that run it, its funder and its core enterprise
        row("POST", "/audit/exports", "/audit/exports", "{\"upToCheckpoint\": " + first + ", \"scope\": {\"program\": \"" + P
                + "\"}}", EnumSet.of(Kind.OPERATOR, Kind.AUDITOR, Kind.FUNDER, Kind.CORE));
        // any key lists its own jobs; another party's job is 404 (past authorisation, not found for it)
        row("GET", "/audit/exports", "/audit/exports", null, EVERY_KEY);
        row("GET", "/audit/exports/{id}", "/audit/exports/" + job, null, EVERY_KEY);
        row("GET", "/audit/exports/{id}/file", "/audit/exports/" + job + "/file", null, EVERY_KEY);
    }

    @Test
    void every_endpoint_has_a_row() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith(V1 + "/")) {
                    assertThat(info.getMethodsCondition().getMethods()).as("methods of %s", pattern).isNotEmpty();
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        served.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        Set<String> inTable = new TreeSet<>();
        rows.forEach(row -> inTable.add(row.method() + " " + V1 + row.template()));
        assertThat(served).as("endpoints under %s", V1).isNotEmpty();
        assertThat(inTable).as("the matrix's rows, against the endpoints the server serves").isEqualTo(served);
        assertThat(rows).as("one row per endpoint").hasSameSizeAs(inTable);
    }

    @Test
    void each_kind_of_caller_is_let_through_or_refused_as_the_table_says() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            List<Kind> order = new ArrayList<>();
            EnumSet.allOf(Kind.class).stream().filter(kind -> !row.allowed().contains(kind)).forEach(order::add);
            order.addAll(row.allowed());
            for (Kind kind : order) {
                Answer answer = send(row, kind);
                boolean allowed = row.allowed().contains(kind);
                String cell = row.method() + " " + row.path() + " as " + kind + ": ";
                if (allowed) {
                    if (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500) {
                        wrong.add(cell + "expected to get through, got " + answer);
                    }
                } else {
                    int expected = kind == Kind.NO_KEY ? 401 : 403;
                    if (answer.status() != expected || !answer.isProblem()) {
                        wrong.add(cell + "expected " + expected + ", got " + answer);
                    } else if (!answer.json().path("type").asText().startsWith("urn:scf-ledger:problem:")) {
                        wrong.add(cell + "not a ledger problem: " + answer);
                    }
                }
            }
        }
        assertThat(wrong).as("cells that differ from the table").isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private void row(String method, String template, String path, @Nullable String body, Kind first, Kind... more) {
        row(method, template, path, body, EnumSet.of(first, more));
    }

    private void row(String method, String template, String path, @Nullable String body, Set<Kind> allowed) {
        rows.add(new Row(method, template, path, body, allowed));
    }

    private Answer send(Row row, Kind kind) {
        String key = keys.get(kind);
        HttpRequest.Builder request = api.request(V1 + row.path(), key);
        HttpRequest.BodyPublisher body = row.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(row.body());
        if (row.body() != null) {
            request.header("Content-Type", "application/json");
        }
        return api.send(request.method(row.method(), body), key);
    }

    private String drawdownBody(String financingId) {
        return """
                {"financingId": "%s", "programId": "%s", "member": "%s", "amount": %s, "method": "EQUAL_PRINCIPAL",
                 "tenor": {"periods": 3, "monthsPerPeriod": 1}, "businessDate": "2026-03-16"}"""
                .formatted(financingId, P, cast.supplier, cny("10000.00"));
    }

    private String drawdown(String financingId) {
        assertStatus(api.post(V1 + "/financings/drawdowns", cast.supplierKey, drawdownBody(financingId)), 201);
        return financingId;
    }

    private String approved(String financingId) {
        assertStatus(api.post(V1 + "/financings/" + financingId + "/decision", cast.bankKey,
                "{\"decision\": \"APPROVE\", \"reasons\": [], \"businessDate\": \"2026-03-16\"}"), 200);
        return financingId;
    }

    private String disbursed(String financingId) {
        assertStatus(api.post(V1 + "/financings/" + financingId + "/disbursement", cast.bankKey, "{\"businessDate\": \"2026-03-16\"}"),
                200);
        return financingId;
    }

    private String programBody(String programId) {
        return """
                {"programId": "%s", "coreEnterprise": "%s", "funder": "%s", "currency": "CNY",
                 "programLimit": %s, "validFrom": "2026-01-01", "validTo": "2027-12-31",
                 "advanceRates": {"rates": {"RECEIVABLE": {"fraction": "0.80"}}},
                 "pricing": {"annualRate": {"annual": "0.0435"}, "dayCount": "ACT_360", "penaltyMultiplier": "1.5"},
                 "maxTenorDays": 365, "matchTolerancePercent": "1"}""".formatted(programId, cast.core, cast.bank, cny("1000000.00"));
    }
}
