package org.scfledger.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scfledger.api.http.ApiClient.Answer;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.Hex;
import org.scfledger.crypto.MerkleTree;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every endpoint of the API over real HTTP against the real database: what it records, read back; the business
 * refusals; and every class of bad input, each answered with its problem and nothing written.
 */
class ApiEndpointsIT extends ApiTestServer {

    @Autowired
    Checkpoints checkpoints;

    Cast cast;

    @BeforeAll
    void castAndInputProgram() {
        cast = cast("ep");
        // where the bad-input requests go: a program and a member that exist, so that only the input is wrong
        createProgram(cast, "ep-P-input");
        admit(cast, "ep-P-input", cast.supplier, "SUPPLIER", "100000.00", "100000.00");
    }

    // ------------------------------------------------------------------ parties and keys

    @Test
    void a_party_is_registered_read_given_roles_and_keys_that_it_manages_itself() {
        var registered = api.post(V1 + "/parties", operator, """
                {"partyId": "ep-newcomer", "legalName": "Dongguan Fasteners Co., Ltd.", "unifiedSocialCreditCode": "%s",
                 "roles": ["SUPPLIER"]}""".formatted(UNIFIED_CODE));
        assertStatus(registered, 201);
        assertThat(registered.location()).isEqualTo("/api/v1/parties/ep-newcomer");
        assertThat(registered.json().path("id").asText()).isEqualTo("ep-newcomer");

        JsonNode party = assertStatus(api.get(V1 + "/parties/ep-newcomer", cast.supplierKey), 200).json();
        assertThat(party.path("legalName").asText()).isEqualTo("Dongguan Fasteners Co., Ltd.");
        assertThat(party.path("unifiedSocialCreditCode").asText()).isEqualTo(UNIFIED_CODE);
        assertThat(texts(party.path("roles"))).containsExactly("SUPPLIER");

        assertStatus(api.put(V1 + "/parties/ep-newcomer/roles", operator, "{\"roles\": [\"SUPPLIER\", \"DISTRIBUTOR\"]}"), 200);
        assertThat(texts(api.get(V1 + "/parties/ep-newcomer", operator).json().path("roles")))
                .containsExactlyInAnyOrder("SUPPLIER", "DISTRIBUTOR");

        // the operator issues the first key; the party issues its next one itself, lists and revokes them
        JsonNode first = assertStatus(api.post(V1 + "/parties/ep-newcomer/credentials", operator, "{\"user\": \"treasury\"}"), 201)
                .json();
        assertThat(first.path("party").asText()).isEqualTo("ep-newcomer");
        assertThat(first.path("user").asText()).isEqualTo("treasury");
        assertThat(first.path("access").asText()).isEqualTo("PARTY");
        String firstKey = first.path("key").asText();
        assertThat(firstKey).startsWith("lk." + first.path("keyId").asText() + ".");

        JsonNode second = assertStatus(api.post(V1 + "/parties/ep-newcomer/credentials", firstKey, "{\"user\": \"erp\"}"), 201).json();
        String secondKey = second.path("key").asText();
        assertStatus(api.get(V1 + "/journal", secondKey), 200);

        Answer listed = assertStatus(api.get(V1 + "/parties/ep-newcomer/credentials", firstKey), 200);
        assertThat(listed.json()).hasSize(2);
        assertThat(texts(listed.json(), "keyId")).containsExactly(first.path("keyId").asText(), second.path("keyId").asText());
        assertThat(texts(listed.json(), "user")).containsExactly("treasury", "erp");
        assertThat(listed.body()).doesNotContain(firstKey.substring(firstKey.lastIndexOf('.') + 1))
                .doesNotContain(secondKey.substring(secondKey.lastIndexOf('.') + 1));

        assertStatus(api.delete(V1 + "/parties/ep-newcomer/credentials/" + second.path("keyId").asText(), firstKey), 204);
        assertProblem(api.get(V1 + "/journal", secondKey), 401, "unauthenticated", null);
        assertThat(api.get(V1 + "/parties/ep-newcomer/credentials", operator).json().get(1).path("revokedAt").isNull()).isFalse();
        assertProblem(api.delete(V1 + "/parties/ep-newcomer/credentials/" + second.path("keyId").asText(), firstKey), 404,
                "not-found", null);
        assertStatus(api.get(V1 + "/journal", firstKey), 200);
    }

    @Test
    void unknown_and_unregistered_parties() {
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/parties/ep-nobody", operator), 404, "not-found", null));
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/parties/ep-nobody/credentials", operator, "{\"user\": \"x\"}"), 422,
                "party-not-registered", "partyId"));
        // a program on a core enterprise that was never registered
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/programs", cast.bankKey, """
                {"programId": "ep-ghost", "coreEnterprise": "ep-nobody", "funder": "%s", "currency": "CNY",
                 "programLimit": %s, "validFrom": "2026-01-01", "validTo": "2026-12-31",
                 "advanceRates": {"rates": {"RECEIVABLE": {"fraction": "0.80"}}},
                 "pricing": {"annualRate": {"annual": "0.0435"}, "dayCount": "ACT_360", "penaltyMultiplier": "1.5"},
                 "maxTenorDays": 180, "matchTolerancePercent": "1"}""".formatted(cast.bank, cny("1000000.00"))), 422,
                "party-not-registered", null));
        // admitting a party that was never registered
        createProgram(cast, "ep-P-unreg");
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/programs/ep-P-unreg/members", cast.bankKey, """
                {"member": "ep-nobody", "side": "SUPPLIER", "baseLimit": %s, "memberCap": %s}"""
                .formatted(cny("1000.00"), cny("1000.00"))), 422, "party-not-registered", null));
    }

    @Test
    void an_id_in_the_path_that_names_nothing_is_404_for_reads_and_writes() {
        createProgram(cast, "ep-P-404");
        String line = V1 + "/programs/ep-P-404/members/" + cast.supplier;
        admit(cast, "ep-P-404", cast.supplier, "SUPPLIER", "1000.00", "1000.00");
        String lineEncumbrance = "{\"kind\": \"CREDIT_LINE\", \"reference\": \"ep-P-404:" + cast.supplier + "\", \"holder\": \""
                + cast.bank + "\"}";
        List<Supplier<Answer>> requests = List.of(
                () -> api.get(V1 + "/programs/ep-none", operator),
                () -> api.get(V1 + "/financings/ep-none", operator),
                () -> api.get(V1 + "/receivables/RCV:ep-none", operator),
                () -> api.get(V1 + "/collateral/ep-none", operator),
                () -> api.get(V1 + "/orders/PO:ep-none", operator),
                () -> api.get(V1 + "/invoices/INV:1:2:3", operator),
                () -> api.get(V1 + "/parties/ep-none", operator),
                () -> api.put(V1 + "/programs/ep-none/limit", cast.bankKey, "{\"programLimit\": " + cny("1.00") + "}"),
                () -> api.post(V1 + "/programs/ep-none/members/" + cast.supplier + "/assets", cast.supplierKey,
                        "{\"collateralId\": \"ep-none\", \"pledgedOn\": \"2026-03-02\"}"),
                () -> api.post(V1 + "/financings/ep-none/decision", cast.bankKey,
                        "{\"decision\": \"APPROVE\", \"reasons\": [], \"businessDate\": \"2026-03-16\"}"),
                () -> api.post(V1 + "/financings/ep-none/disbursement", cast.bankKey, "{\"businessDate\": \"2026-03-16\"}"),
                () -> api.post(V1 + "/financings/ep-none/repayments", cast.supplierKey,
                        "{\"amount\": " + cny("1.00") + ", \"businessDate\": \"2026-03-16\"}"),
                () -> api.post(V1 + "/financings/ep-none/write-off", cast.bankKey, "{\"reason\": \"x\", \"businessDate\": \"2026-03-16\"}"),
                () -> api.post(V1 + "/orders/PO:ep-none/acceptance", cast.supplierKey, "{\"acceptedOn\": \"2026-03-03\"}"),
                () -> api.post(V1 + "/orders/PO:ep-none/cancellation", cast.coreKey, "{\"reason\": \"x\", \"cancelledOn\": \"2026-03-03\"}"),
                () -> api.post(V1 + "/invoices/INV:1:2:3/cancellation", cast.supplierKey, "{\"reason\": \"x\", \"cancelledOn\": \"2026-03-03\"}"),
                () -> api.post(V1 + "/receivables/RCV:ep-none/confirmation", cast.coreKey, "{\"confirmedOn\": \"2026-03-12\"}"),
                () -> api.post(V1 + "/receivables/RCV:ep-none/transfer", cast.supplierKey,
                        "{\"newHolder\": \"" + cast.otherSupplier + "\", \"transferredOn\": \"2026-03-16\"}"),
                () -> api.post(V1 + "/receivables/RCV:ep-none/settlement", cast.coreKey,
                        "{\"amount\": " + cny("1.00") + ", \"paidOn\": \"2026-06-30\"}"),
                () -> api.post(V1 + "/collateral/ep-none/revaluation", cast.bankKey, "{\"value\": " + cny("1.00") + ", \"revaluedOn\": \"2026-04-01\"}"),
                () -> api.post(V1 + "/collateral/ep-none/release", cast.bankKey, "{\"reason\": \"x\", \"releasedOn\": \"2026-04-01\"}"),
                () -> api.put(V1 + "/parties/ep-none/roles", operator, "{\"roles\": [\"SUPPLIER\"]}"),
                () -> api.post(V1 + "/receivables/RCV:ep-none/release", cast.bankKey, "{\"encumbrance\": " + lineEncumbrance
                        + ", \"releasedOn\": \"2026-04-01\"}"),
                () -> api.post(V1 + "/orders/PO:ep-none/release", cast.bankKey, "{\"encumbrance\": " + lineEncumbrance
                        + ", \"releasedOn\": \"2026-04-01\"}"),
                () -> api.post(V1 + "/invoices/INV:1:2:3/release", cast.bankKey, "{\"encumbrance\": " + lineEncumbrance
                        + ", \"releasedOn\": \"2026-04-01\"}"),
                () -> api.post(V1 + "/receivables/RCV:ep-none/split", cast.supplierKey, "{\"parts\": [{\"amount\": " + cny("1.00")
                        + ", \"holder\": \"" + cast.supplier + "\"}, {\"amount\": " + cny("1.00") + ", \"holder\": \"" + cast.supplier
                        + "\"}], \"splitOn\": \"2026-03-15\"}"),
                () -> api.post(V1 + "/receivables/RCV:ep-none/dispute", cast.coreKey, "{\"reason\": \"x\", \"disputedOn\": \"2026-03-20\"}"),
                () -> api.post(V1 + "/invoices/INV:1:2:3/verification", cast.bankKey,
                        "{\"verdict\": \"AUTHENTIC\", \"reference\": \"x\", \"verifiedOn\": \"2026-03-11\"}"),
                () -> api.post(V1 + "/programs/ep-none/members/" + cast.supplier + "/suspension", cast.bankKey, "{\"reason\": \"x\"}"),
                () -> api.get(line.replace(cast.supplier, cast.otherSupplier), operator));
        for (Supplier<Answer> request : requests) {
            assertProblem(unchanged(request), 404, "not-found", null);
        }
        // an id named in the body that names nothing is no missing resource: the request does not fit together
        assertProblem(unchanged(() -> api.post(line + "/assets", cast.supplierKey,
                "{\"collateralId\": \"ep-none\", \"pledgedOn\": \"2026-03-02\"}")), 422, "asset-not-found", null);
    }

    // ------------------------------------------------------------------ programs and lines

    @Test
    void a_program_its_limit_members_and_a_line_raised_by_a_pledged_guarantee() {
        String program = "ep-P-lines";
        createProgram(cast, program);
        var admitted = api.post(V1 + "/programs/" + program + "/members", cast.bankKey, """
                {"member": "%s", "side": "SUPPLIER", "baseLimit": %s, "memberCap": %s}"""
                .formatted(cast.supplier, cny("100000.00"), cny("1000000.00")));
        assertStatus(admitted, 201);
        assertThat(admitted.location()).isEqualTo("/api/v1/programs/ep-P-lines/members/ep-supplier");
        admit(cast, program, cast.distributor, "DISTRIBUTOR", "80000.00", "80000.00");

        JsonNode line = eventually(V1 + "/programs/" + program, cast.bankKey, p -> p.path("members").asInt() == 2);
        assertThat(amount(line.path("programLimit"))).isEqualTo("5000000.00");
        assertThat(amount(line.path("available"))).isEqualTo("5000000.00");
        assertThat(line.path("coreEnterprise").asText()).isEqualTo(cast.core);
        assertThat(line.path("funder").asText()).isEqualTo(cast.bank);
        assertThat(line.path("validTo").asText()).isEqualTo("2027-12-31");
        assertThat(texts(assertStatus(api.get(V1 + "/programs?funder=" + cast.bank, cast.bankKey), 200).json().path("items"),
                "programId")).contains(program);
        assertThat(texts(assertStatus(api.get(V1 + "/programs?coreEnterprise=" + cast.core, cast.coreKey), 200).json()
                .path("items"), "programId")).contains(program);

        assertStatus(api.put(V1 + "/programs/" + program + "/limit", cast.bankKey, "{\"programLimit\": " + cny("6000000.00") + "}"), 200);
        eventually(V1 + "/programs/" + program, cast.coreKey, p -> amount(p.path("programLimit")).equals("6000000.00"));

        // the funder sees every member's line, a member only its own
        assertThat(texts(api.get(V1 + "/programs/" + program + "/members", cast.bankKey).json().path("items"), "member"))
                .containsExactlyInAnyOrder(cast.supplier, cast.distributor);
        assertThat(texts(api.get(V1 + "/programs/" + program + "/members", cast.supplierKey).json().path("items"), "member"))
                .containsExactly(cast.supplier);

        String memberLine = V1 + "/programs/" + program + "/members/" + cast.supplier;
        assertStatus(api.put(memberLine + "/limits", cast.bankKey, """
                {"baseLimit": %s, "memberCap": %s, "businessDate": "2026-03-02"}""".formatted(cny("150000.00"), cny("600000.00"))), 200);
        JsonNode changed = eventually(memberLine, cast.supplierKey, m -> amount(m.path("baseLimit")).equals("150000.00"));
        assertThat(amount(changed.path("memberCap"))).isEqualTo("600000.00");
        assertThat(amount(changed.path("memberLimit"))).isEqualTo("150000.00");

        assertStatus(api.post(memberLine + "/suspension", cast.bankKey, "{\"reason\": \"overdue at another bank\"}"), 200);
        JsonNode suspended = eventually(memberLine, cast.bankKey, m -> m.path("suspensionReason").asText().equals("overdue at another bank"));
        assertThat(suspended.path("blockedBy").asText()).isEqualTo("MEMBER_SUSPENDED");
        assertThat(amount(suspended.path("canDrawNow"))).isEqualTo("0.00");
        assertStatus(api.post(memberLine + "/reinstatement", cast.bankKey, "{\"reason\": \"overdue settled\"}"), 200);
        JsonNode reinstated = eventually(memberLine, cast.bankKey, m -> m.path("suspensionReason").isNull());
        assertThat(reinstated.path("blockedBy").isNull()).isTrue();
        assertThat(amount(reinstated.path("canDrawNow"))).isEqualTo("150000.00");

        // a guarantee of 200 000.00 at 100 % raises the line to 350 000.00
        guarantee(cast, "ep-GT-line", "200000.00", "2026-03-01", "2027-03-01");
        var pledged = api.post(memberLine + "/assets", cast.supplierKey, "{\"collateralId\": \"ep-GT-line\", \"pledgedOn\": \"2026-03-02\"}");
        assertStatus(pledged, 200);
        // the asset's id as the request named it
        assertThat(pledged.json().path("id").asText()).isEqualTo("ep-GT-line");
        assertThat(pledged.json().path("href").asText()).isEqualTo(memberLine);
        JsonNode raised = eventually(memberLine, cast.supplierKey, m -> amount(m.path("memberLimit")).equals("350000.00"));
        assertThat(amount(raised.path("assetUplift"))).isEqualTo("200000.00");
        assertThat(raised.path("contributions")).hasSize(1);
        assertThat(raised.path("contributions").get(0).path("assetId").asText()).isEqualTo("COL:ep-GT-line");
        assertThat(amount(raised.path("available"))).isEqualTo("350000.00");
        JsonNode collateral = eventually(V1 + "/collateral/ep-GT-line", cast.bankKey, c -> !c.path("encumbrance").isNull());
        assertThat(collateral.path("encumbrance").path("kind").asText()).isEqualTo("CREDIT_LINE");
        assertThat(collateral.path("encumbrance").path("reference").asText()).isEqualTo(program + ":" + cast.supplier);

        unchanged(() -> assertProblemAnswer(api.get(V1 + "/programs/ep-no-such-program", operator), 404, "not-found", null));
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/programs/" + program + "/members/" + cast.otherSupplier, operator), 404,
                "not-found", null));
    }

    // ------------------------------------------------------------------ orders and invoices

    @Test
    void orders_and_invoices_are_registered_accepted_verified_cancelled_pledged_and_released() {
        String program = "ep-P-trade";
        createProgram(cast, program);
        admit(cast, program, cast.supplier, "SUPPLIER", "100000.00", "2000000.00");
        String memberLine = V1 + "/programs/" + program + "/members/" + cast.supplier;

        var registered = api.post(V1 + "/orders", cast.coreKey, """
                {"orderId": "PO:ep-1188", "buyer": "%s", "seller": "%s", "amount": %s, "orderDate": "2026-03-02",
                 "description": "brake assemblies, lot 7"}""".formatted(cast.core, cast.supplier, cny("1200000.00")));
        assertStatus(registered, 201);
        assertThat(registered.location()).isEqualTo("/api/v1/orders/PO:ep-1188");
        assertStatus(api.post(V1 + "/orders/PO:ep-1188/acceptance", cast.supplierKey, "{\"acceptedOn\": \"2026-03-03\"}"), 200);
        JsonNode order = assertStatus(api.get(V1 + "/orders/PO:ep-1188", cast.supplierKey), 200).json();
        assertThat(order.path("id").asText()).isEqualTo("PO:ep-1188");
        assertThat(eventTypes(order)).satisfiesExactly(t -> assertThat(t).endsWith("OrderRegistered"),
                t -> assertThat(t).endsWith("OrderAccepted"));
        assertThat(order.path("events").get(0).path("event").path("buyer").asText()).isEqualTo(cast.core);

        // an accepted order counts 40 % of what is not invoiced: 1 200 000.00 → 480 000.00
        assertStatus(api.post(memberLine + "/assets", cast.supplierKey, "{\"orderId\": \"PO:ep-1188\", \"pledgedOn\": \"2026-03-04\"}"), 200);
        eventually(memberLine, cast.supplierKey, m -> amount(m.path("memberLimit")).equals("580000.00"));
        var releasedOrder = api.post(V1 + "/orders/PO:ep-1188/release", cast.bankKey, """
                {"encumbrance": {"kind": "CREDIT_LINE", "reference": "%s:%s", "holder": "%s"}, "releasedOn": "2026-03-05"}"""
                .formatted(program, cast.supplier, cast.bank));
        assertStatus(releasedOrder, 200);
        eventually(memberLine, cast.supplierKey, m -> amount(m.path("memberLimit")).equals("100000.00"));
        assertThat(eventTypes(api.get(V1 + "/orders/PO:ep-1188", cast.coreKey).json())).last().asString().endsWith("OrderReleased");

        var issued = api.post(V1 + "/invoices", cast.supplierKey, """
                {"issuer": "%s", "issuerTaxId": "91440300ma5fq2n7bm", "invoiceCode": "EP044031900111", "invoiceNumber": "00371552",
                 "buyer": "%s", "amount": %s, "taxAmount": %s, "issueDate": "2026-03-10", "orderId": "PO:ep-1188"}"""
                .formatted(cast.supplier, cast.core, cny("1130000.00"), cny("130000.00")));
        assertStatus(issued, 201);
        String invoiceId = "INV:91440300MA5FQ2N7BM:EP044031900111:00371552";
        assertThat(issued.json().path("id").asText()).isEqualTo(invoiceId);
        assertThat(issued.location()).isEqualTo("/api/v1/invoices/" + invoiceId);
        assertStatus(api.post(V1 + "/invoices/" + invoiceId + "/verification", cast.bankKey, """
                {"verdict": "AUTHENTIC", "reference": "VAT-CHK-20260311-0042", "verifiedOn": "2026-03-11"}"""), 200);
        JsonNode invoice = assertStatus(api.get(V1 + "/invoices/" + invoiceId, cast.coreKey), 200).json();
        assertThat(eventTypes(invoice)).satisfiesExactly(t -> assertThat(t).endsWith("InvoiceIssued"),
                t -> assertThat(t).endsWith("InvoiceVerified"));
        assertThat(invoice.path("events").get(1).path("event").path("verdict").asText()).isEqualTo("AUTHENTIC");
        // the order is invoiced: 70 000.00 left
        assertThat(eventTypes(api.get(V1 + "/orders/PO:ep-1188", cast.coreKey).json())).last().asString().endsWith("OrderInvoiced");

        // a verified invoice counts 70 %: 1 130 000.00 → 791 000.00; released by the funder, the line falls back
        assertStatus(api.post(memberLine + "/assets", cast.supplierKey, "{\"invoiceId\": \"" + invoiceId + "\", \"pledgedOn\": \"2026-03-12\"}"), 200);
        eventually(memberLine, cast.supplierKey, m -> amount(m.path("memberLimit")).equals("891000.00"));
        // the funder the invoice is pledged to reads its history; another supplier does not
        assertThat(eventTypes(assertStatus(api.get(V1 + "/invoices/" + invoiceId, cast.bankKey), 200).json())).last().asString()
                .endsWith("InvoiceEncumbered");
        assertProblem(api.get(V1 + "/invoices/" + invoiceId, cast.otherSupplierKey), 403, "forbidden", null);
        assertStatus(api.post(V1 + "/invoices/" + invoiceId + "/release", cast.bankKey, """
                {"encumbrance": {"kind": "CREDIT_LINE", "reference": "%s:%s", "holder": "%s"}, "releasedOn": "2026-03-13"}"""
                .formatted(program, cast.supplier, cast.bank)), 200);
        eventually(memberLine, cast.supplierKey, m -> amount(m.path("memberLimit")).equals("100000.00"));

        // cancelled: an invoice by its issuer, an order by its buyer
        assertStatus(api.post(V1 + "/invoices/" + invoiceId + "/cancellation", cast.supplierKey,
                "{\"reason\": \"issued in error\", \"cancelledOn\": \"2026-03-14\"}"), 200);
        assertThat(eventTypes(api.get(V1 + "/invoices/" + invoiceId, cast.supplierKey).json())).last().asString()
                .endsWith("InvoiceCancelled");
        assertStatus(api.post(V1 + "/orders/PO:ep-1188/cancellation", cast.coreKey,
                "{\"reason\": \"specification changed\", \"cancelledOn\": \"2026-03-15\"}"), 200);
        assertThat(eventTypes(api.get(V1 + "/orders/PO:ep-1188", cast.supplierKey).json())).last().asString().endsWith("OrderCancelled");

        // neither is visible to a party it does not name; unknown ones are 404
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/orders/PO:ep-1188", cast.otherSupplierKey), 403, "forbidden", null));
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/invoices/" + invoiceId, cast.distributorKey), 403, "forbidden", null));
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/orders/PO:ep-none", operator), 404, "not-found", null));
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/invoices/INV:1:2:3", operator), 404, "not-found", null));
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/orders/PO:ep-none/acceptance", cast.supplierKey,
                "{\"acceptedOn\": \"2026-03-03\"}"), 404, "not-found", null));
    }

    // ------------------------------------------------------------------ receivables

    @Test
    void a_receivable_is_confirmed_split_transferred_pledged_released_and_settled() {
        String program = "ep-P-rcv";
        createProgram(cast, program);
        admit(cast, program, cast.supplier, "SUPPLIER", "100000.00", "1000000.00");
        admit(cast, program, cast.otherSupplier, "SUPPLIER", "50000.00", "50000.00");
        String memberLine = V1 + "/programs/" + program + "/members/" + cast.supplier;

        String orderId = acceptedOrder(cast, "ep-R1", "120000.00", "2026-03-02");
        String invoiceId = invoice(cast, cast.nextInvoiceNumber(), "113000.00", "13000.00", "2026-03-05", orderId);
        var registered = api.post(V1 + "/receivables", cast.supplierKey, """
                {"receivableId": "RCV:ep-R1", "creditor": "%s", "debtor": "%s", "faceAmount": %s, "maturityDate": "2026-06-30",
                 "invoiceIds": ["%s"], "orderId": "%s", "programId": "%s", "registeredOn": "2026-03-10"}"""
                .formatted(cast.supplier, cast.core, cny("113000.00"), invoiceId, orderId, program));
        assertStatus(registered, 201);
        assertThat(registered.location()).isEqualTo("/api/v1/receivables/RCV:ep-R1");
        JsonNode fresh = eventually(V1 + "/receivables/RCV:ep-R1", cast.supplierKey);
        assertThat(fresh.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(fresh.path("holder").asText()).isEqualTo(cast.supplier);
        assertThat(fresh.path("debtor").asText()).isEqualTo(cast.core);

        // only the debtor confirms (确权)
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/receivables/RCV:ep-R1/confirmation", cast.supplierKey,
                "{\"confirmedOn\": \"2026-03-12\"}"), 403, "not-permitted", null));
        assertStatus(api.post(V1 + "/receivables/RCV:ep-R1/confirmation", cast.coreKey, "{\"confirmedOn\": \"2026-03-12\"}"), 200);
        JsonNode confirmed = eventually(V1 + "/receivables/RCV:ep-R1", cast.coreKey, r -> r.path("status").asText().equals("CONFIRMED"));
        assertThat(confirmed.path("confirmedOn").asText()).isEqualTo("2026-03-12");
        assertThat(amount(confirmed.path("match").path("faceAmount"))).isEqualTo("113000.00");
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/receivables/RCV:ep-R1/confirmation", cast.coreKey,
                "{\"confirmedOn\": \"2026-03-12\"}"), 409, "receivable-already-confirmed", null));

        // split in two, the first part handed down to a tier-2 supplier
        var split = api.post(V1 + "/receivables/RCV:ep-R1/split", cast.supplierKey, """
                {"parts": [{"amount": %s, "holder": "%s"}, {"amount": %s, "holder": "%s"}], "splitOn": "2026-03-15"}"""
                .formatted(cny("33000.00"), cast.supplier, cny("80000.00"), cast.supplier));
        assertStatus(split, 200);
        assertThat(texts(split.json().path("parts"), "id")).containsExactly("RCV:ep-R1/1", "RCV:ep-R1/2");
        assertThat(texts(split.json().path("parts"), "href")).containsExactly("/api/v1/receivables/RCV:ep-R1%2F1",
                "/api/v1/receivables/RCV:ep-R1%2F2");
        assertStatus(api.post(V1 + "/receivables/RCV:ep-R1%2F1/transfer", cast.supplierKey,
                "{\"newHolder\": \"" + cast.otherSupplier + "\", \"transferredOn\": \"2026-03-16\"}"), 200);
        JsonNode transferred = eventually(V1 + "/receivables/RCV:ep-R1%2F1", cast.otherSupplierKey,
                r -> r.path("holder").asText().equals(cast.otherSupplier));
        assertThat(transferred.path("parentId").asText()).isEqualTo("RCV:ep-R1");
        assertThat(amount(transferred.path("balance"))).isEqualTo("33000.00");
        assertThat(texts(transferred.path("holderChain"), "holder")).containsExactly(cast.supplier, cast.supplier, cast.otherSupplier);
        assertThat(texts(transferred.path("holderChain"), "origin")).containsExactly("REGISTERED", "SPLIT", "TRANSFERRED");
        JsonNode parent = eventually(V1 + "/receivables/RCV:ep-R1", cast.coreKey, r -> r.path("status").asText().equals("SPLIT"));
        assertThat(parent.path("parts")).hasSize(2);
        // the former holder still sees the part it handed on; a stranger does not
        assertStatus(api.get(V1 + "/receivables/RCV:ep-R1%2F1", cast.supplierKey), 200);
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/receivables/RCV:ep-R1%2F1", cast.distributorKey), 403, "forbidden", null));

        // the supplier's part raises its line by 80 %: 80 000.00 → 64 000.00; the funder releases it again
        assertStatus(api.post(memberLine + "/assets", cast.supplierKey, "{\"receivableId\": \"RCV:ep-R1/2\", \"pledgedOn\": \"2026-03-17\"}"),
                200);
        eventually(memberLine, cast.supplierKey, m -> amount(m.path("memberLimit")).equals("164000.00"));
        JsonNode pledgedPart = eventually(V1 + "/receivables/RCV:ep-R1%2F2", cast.bankKey, r -> !r.path("encumbrance").isNull());
        assertThat(pledgedPart.path("encumbrance").path("reference").asText()).isEqualTo(program + ":" + cast.supplier);
        assertStatus(api.post(V1 + "/receivables/RCV:ep-R1%2F2/release", cast.bankKey, """
                {"encumbrance": {"kind": "CREDIT_LINE", "reference": "%s:%s", "holder": "%s"}, "releasedOn": "2026-03-18"}"""
                .formatted(program, cast.supplier, cast.bank)), 200);
        eventually(memberLine, cast.supplierKey, m -> amount(m.path("memberLimit")).equals("100000.00"));
        eventually(V1 + "/receivables/RCV:ep-R1%2F2", cast.supplierKey, r -> r.path("encumbrance").isNull());

        // a second receivable on the rest of the order, disputed and resolved by the debtor
        String secondInvoice = invoice(cast, cast.nextInvoiceNumber(), "7000.00", "805.31", "2026-03-05", orderId);
        receivable(cast, program, "RCV:ep-R2", "7000.00", "2026-06-30", secondInvoice, orderId, "2026-03-10");
        assertStatus(api.post(V1 + "/receivables/RCV:ep-R2/dispute", cast.coreKey,
                "{\"reason\": \"goods short-delivered\", \"disputedOn\": \"2026-03-20\"}"), 200);
        eventually(V1 + "/receivables/RCV:ep-R2", cast.supplierKey, r -> r.path("status").asText().equals("DISPUTED")
                && r.path("disputeReason").asText().equals("goods short-delivered"));
        assertStatus(api.post(V1 + "/receivables/RCV:ep-R2/dispute-resolution", cast.coreKey,
                "{\"resolution\": \"missing goods delivered\", \"resolvedOn\": \"2026-03-25\"}"), 200);
        eventually(V1 + "/receivables/RCV:ep-R2", cast.supplierKey, r -> r.path("status").asText().equals("REGISTERED")
                && r.path("disputeReason").isNull());

        // lists: what a holder holds, what a debtor owes
        assertThat(texts(eventually(V1 + "/receivables?holder=" + cast.otherSupplier, cast.otherSupplierKey,
                page -> page.path("items").size() == 1).path("items"), "receivableId")).containsExactly("RCV:ep-R1/1");
        assertThat(texts(api.get(V1 + "/receivables?debtor=" + cast.core + "&programId=" + program, cast.coreKey).json().path("items"),
                "receivableId")).contains("RCV:ep-R1", "RCV:ep-R1/1", "RCV:ep-R1/2", "RCV:ep-R2");
        assertThat(texts(api.get(V1 + "/receivables?originalId=RCV:ep-R1", cast.auditorKey).json().path("items"), "receivableId"))
                .containsExactly("RCV:ep-R1", "RCV:ep-R1/1", "RCV:ep-R1/2");

        // at maturity the debtor pays the face; each part goes to its holder
        assertStatus(api.post(V1 + "/receivables/RCV:ep-R1/settlement", cast.coreKey,
                "{\"amount\": " + cny("113000.00") + ", \"paidOn\": \"2026-06-30\"}"), 200);
        JsonNode settled = eventually(V1 + "/receivables/RCV:ep-R1", cast.coreKey, r -> r.path("status").asText().equals("SETTLED"));
        assertThat(amount(settled.path("debtorPaid"))).isEqualTo("113000.00");
        JsonNode paidPart = eventually(V1 + "/receivables/RCV:ep-R1%2F1", cast.otherSupplierKey,
                r -> r.path("status").asText().equals("SETTLED"));
        assertThat(paidPart.path("paidTo").asText()).isEqualTo(cast.otherSupplier);
        assertThat(amount(paidPart.path("settledAmount"))).isEqualTo("33000.00");
        assertThat(amount(paidPart.path("balance"))).isEqualTo("0.00");

        unchanged(() -> assertProblemAnswer(api.get(V1 + "/receivables/RCV:ep-none", operator), 404, "not-found", null));
    }

    // ------------------------------------------------------------------ financings

    @Test
    void a_drawdown_is_requested_approved_disbursed_and_repaid_and_its_line_follows() {
        String program = "ep-P-fin";
        createProgram(cast, program);
        admit(cast, program, cast.supplier, "SUPPLIER", "1000000.00", "1000000.00");
        String memberLine = V1 + "/programs/" + program + "/members/" + cast.supplier;

        var requested = api.post(V1 + "/financings/drawdowns", cast.supplierKey, """
                {"financingId": "ep-F1", "programId": "%s", "member": "%s", "amount": %s, "method": "EQUAL_INSTALLMENT",
                 "tenor": {"periods": 6, "monthsPerPeriod": 1}, "businessDate": "2026-03-16"}"""
                .formatted(program, cast.supplier, cny("300000.00")));
        assertStatus(requested, 201);
        assertThat(requested.location()).isEqualTo("/api/v1/financings/ep-F1");
        JsonNode asked = eventually(V1 + "/financings/ep-F1", cast.supplierKey);
        assertThat(asked.path("status").asText()).isEqualTo("REQUESTED");
        assertThat(asked.path("kind").asText()).isEqualTo("LINE_DRAWDOWN");
        assertThat(amount(asked.path("requestedAmount"))).isEqualTo("300000.00");
        JsonNode reserved = eventually(memberLine, cast.supplierKey, m -> amount(m.path("reservedPrincipal")).equals("300000.00"));
        assertThat(amount(reserved.path("available"))).isEqualTo("700000.00");

        // not yet approved: it cannot be paid out
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/financings/ep-F1/disbursement", cast.bankKey,
                "{\"businessDate\": \"2026-03-16\"}"), 409, "financing-not-approved", null));
        // only the funder decides
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/financings/ep-F1/decision", cast.supplierKey,
                "{\"decision\": \"APPROVE\", \"reasons\": [], \"businessDate\": \"2026-03-16\"}"), 403, "not-permitted", null));

        assertStatus(api.post(V1 + "/financings/ep-F1/decision", cast.bankKey,
                "{\"decision\": \"APPROVE\", \"reasons\": [\"within line\"], \"businessDate\": \"2026-03-16\"}"), 200);
        JsonNode approved = eventually(V1 + "/financings/ep-F1", cast.bankKey, f -> f.path("status").asText().equals("APPROVED"));
        assertThat(approved.path("decision").path("decidedBy").asText()).isEqualTo(cast.bank);

        assertStatus(api.post(V1 + "/financings/ep-F1/disbursement", cast.bankKey, "{\"businessDate\": \"2026-03-16\"}"), 200);
        // A = 300 000 × r / (1 − (1 + r)^−6), r = 0.0435 / 12: 50 636.29; the first period's interest
        // 300 000 × 0.0435 × 31 / 360 = 1 123.75
        JsonNode disbursed = eventually(V1 + "/financings/ep-F1?asOf=2026-03-20", cast.coreKey,
                f -> f.path("status").asText().equals("DISBURSED"));
        assertThat(amount(disbursed.path("disbursement").path("disbursedAmount"))).isEqualTo("300000.00");
        assertThat(disbursed.path("disbursement").path("disbursedOn").asText()).isEqualTo("2026-03-16");
        JsonNode schedule = disbursed.path("schedule");
        assertThat(schedule).hasSize(6);
        assertThat(schedule.get(0).path("dueDate").asText()).isEqualTo("2026-04-16");
        assertThat(amount(schedule.get(0).path("interest"))).isEqualTo("1123.75");
        assertThat(amount(schedule.get(0).path("principal"))).isEqualTo("49512.54");
        assertThat(amount(schedule.get(0).path("total"))).isEqualTo("50636.29");
        assertThat(schedule.get(5).path("dueDate").asText()).isEqualTo("2026-09-16");
        assertThat(amount(schedule.get(5).path("closingBalance"))).isEqualTo("0.00");
        JsonNode drawn = eventually(memberLine, cast.supplierKey, m -> amount(m.path("outstandingPrincipal")).equals("300000.00"));
        assertThat(amount(drawn.path("reservedPrincipal"))).isEqualTo("0.00");
        assertThat(amount(drawn.path("available"))).isEqualTo("700000.00");

        // the first installment, on its due date: 1 123.75 interest, 49 512.54 principal
        assertStatus(api.post(V1 + "/financings/ep-F1/repayments", cast.supplierKey,
                "{\"amount\": " + cny("50636.29") + ", \"businessDate\": \"2026-04-16\"}"), 200);
        JsonNode repaid = eventually(V1 + "/financings/ep-F1?asOf=2026-04-16", cast.supplierKey, f -> f.path("repayments").size() == 1);
        JsonNode repayment = repaid.path("repayments").get(0);
        assertThat(repayment.path("date").asText()).isEqualTo("2026-04-16");
        assertThat(amount(repayment.path("toInterest"))).isEqualTo("1123.75");
        assertThat(amount(repayment.path("toPrincipal"))).isEqualTo("49512.54");
        assertThat(amount(repayment.path("outstandingPrincipalAfter"))).isEqualTo("250487.46");
        assertThat(repayment.path("recordedBy").asText()).isEqualTo(cast.supplier);
        assertThat(amount(repaid.path("paid").path("principal"))).isEqualTo("49512.54");
        assertThat(amount(repaid.path("position").path("outstandingPrincipal"))).isEqualTo("250487.46");
        assertThat(repaid.path("position").path("daysPastDue").asInt()).isZero();
        JsonNode restored = eventually(memberLine, cast.supplierKey, m -> amount(m.path("outstandingPrincipal")).equals("250487.46"));
        assertThat(amount(restored.path("available"))).isEqualTo("749512.54");

        // the book: the funder's list and totals, a member's own list
        assertThat(texts(api.get(V1 + "/financings?programId=" + program, cast.bankKey).json().path("items"), "financingId"))
                .contains("ep-F1");
        assertThat(texts(api.get(V1 + "/financings", cast.supplierKey).json().path("items"), "member")).containsOnly(cast.supplier);
        JsonNode totals = assertStatus(api.get(V1 + "/financings/totals?by=PROGRAM&programId=" + program + "&asOf=2026-04-16",
                cast.bankKey), 200).json();
        assertThat(totals).hasSize(1);
        assertThat(totals.get(0).path("group").asText()).isEqualTo(program);
        assertThat(totals.get(0).path("financings").asLong()).isEqualTo(1);
        assertThat(amount(totals.get(0).path("disbursedPrincipal"))).isEqualTo("300000.00");
        assertThat(amount(totals.get(0).path("outstandingPrincipal"))).isEqualTo("250487.46");

        // another supplier neither reads nor repays it
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/financings/ep-F1", cast.otherSupplierKey), 403, "forbidden", null));
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/financings/ep-F1/repayments", cast.otherSupplierKey,
                "{\"amount\": " + cny("100.00") + ", \"earlyRepayment\": \"SHORTEN_TERM\", \"businessDate\": \"2026-04-20\"}"), 403,
                "not-permitted", null));
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/financings/ep-none", operator), 404, "not-found", null));
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/financings/ep-none/decision", cast.bankKey,
                "{\"decision\": \"APPROVE\", \"reasons\": [], \"businessDate\": \"2026-03-16\"}"), 404, "not-found", null));
    }

    @Test
    void a_drawdown_over_the_limit_is_refused_and_recorded_and_a_financing_is_written_off() {
        String program = "ep-P-limit";
        createProgram(cast, program);
        admit(cast, program, cast.distributor, "DISTRIBUTOR", "80000.00", "80000.00");

        assertStatus(api.post(V1 + "/financings/drawdowns", cast.distributorKey, """
                {"financingId": "ep-F-bullet", "programId": "%s", "member": "%s", "amount": %s, "method": "BULLET",
                 "tenor": {"periods": 0, "monthsPerPeriod": 0, "maturity": "2026-09-16"}, "businessDate": "2026-03-16"}"""
                .formatted(program, cast.distributor, cny("50000.00"))), 201);
        assertStatus(api.post(V1 + "/financings/ep-F-bullet/decision", cast.bankKey,
                "{\"decision\": \"APPROVE\", \"reasons\": [], \"businessDate\": \"2026-03-16\"}"), 200);
        assertStatus(api.post(V1 + "/financings/ep-F-bullet/disbursement", cast.bankKey, "{\"businessDate\": \"2026-03-16\"}"), 200);

        // 30 000.00 is left on the line: 40 000.00 is refused, and the refusal is evidence (recorded, by design)
        long before = journalSize();
        var refused = api.post(V1 + "/financings/drawdowns", cast.distributorKey, """
                {"financingId": "ep-F-over", "programId": "%s", "member": "%s", "amount": %s, "method": "BULLET",
                 "tenor": {"periods": 0, "monthsPerPeriod": 0, "maturity": "2026-09-16"}, "businessDate": "2026-03-20"}"""
                .formatted(program, cast.distributor, cny("40000.00")));
        JsonNode problem = assertProblem(refused, 409, "financing-refused", null);
        assertThat(problem.path("financingId").asText()).isEqualTo("ep-F-over");
        assertThat(problem.path("refusalCode").asText()).isEqualTo("limit-exceeded");
        assertThat(problem.path("recorded").asBoolean()).isTrue();
        assertThat(problem.path("reasons")).isNotEmpty();
        assertThat(problem.path("detail").asText()).as("ids as the API names them").contains(" " + cast.distributor + " ")
                .doesNotContain("party:");
        assertThat(refused.location()).isEqualTo("/api/v1/financings/ep-F-over");
        assertThat(journalSize()).isGreaterThan(before);
        JsonNode refusedFinancing = eventually(V1 + "/financings/ep-F-over", cast.distributorKey);
        assertThat(refusedFinancing.path("status").asText()).isEqualTo("REFUSED");
        assertThat(refusedFinancing.path("decision").path("code").asText()).isEqualTo("limit-exceeded");
        JsonNode line = eventually(V1 + "/programs/" + program + "/members/" + cast.distributor, cast.distributorKey,
                m -> amount(m.path("outstandingPrincipal")).equals("50000.00"));
        assertThat(amount(line.path("reservedPrincipal"))).isEqualTo("0.00");
        assertThat(amount(line.path("available"))).isEqualTo("30000.00");

        // the funder writes the first one off
        assertStatus(api.post(V1 + "/financings/ep-F-bullet/write-off", cast.bankKey,
                "{\"reason\": \"borrower insolvent; claim lodged\", \"businessDate\": \"2026-12-01\"}"), 200);
        JsonNode writtenOff = eventually(V1 + "/financings/ep-F-bullet", cast.coreKey,
                f -> f.path("status").asText().equals("WRITTEN_OFF"));
        assertThat(writtenOff.path("writeOff").path("reason").asText()).isEqualTo("borrower insolvent; claim lodged");
        assertThat(amount(writtenOff.path("writeOff").path("outstandingPrincipal"))).isEqualTo("50000.00");
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/financings/ep-F-bullet/write-off", cast.bankKey,
                "{\"reason\": \"again\", \"businessDate\": \"2026-12-02\"}"), 409, "financing-already-written-off", null));
    }

    @Test
    void a_receivable_is_financed_once_and_never_twice() {
        String program = "ep-P-factor";
        createProgram(cast, program);
        admit(cast, program, cast.supplier, "SUPPLIER", "500000.00", "500000.00");
        String receivableId = confirmedReceivable(cast, program, "ep-RF", "113000.00", "2026-06-30");

        var financed = api.post(V1 + "/financings/receivable-financings", cast.supplierKey, """
                {"financingId": "ep-FR-1", "programId": "%s", "receivableId": "%s", "amount": %s, "interestMode": "AT_MATURITY",
                 "businessDate": "2026-03-16"}""".formatted(program, receivableId, cny("90400.00")));
        assertStatus(financed, 201);
        assertThat(financed.location()).isEqualTo("/api/v1/financings/ep-FR-1");
        JsonNode financing = eventually(V1 + "/financings/ep-FR-1", cast.bankKey);
        assertThat(financing.path("kind").asText()).isEqualTo("RECEIVABLE");
        assertThat(financing.path("status").asText()).isEqualTo("REQUESTED");
        assertThat(financing.path("receivable").path("receivableId").asText()).isEqualTo(receivableId);
        JsonNode encumbered = eventually(V1 + "/receivables/" + receivableId, cast.bankKey, r -> !r.path("encumbrance").isNull());
        assertThat(encumbered.path("encumbrance").path("kind").asText()).isEqualTo("FINANCING");
        assertThat(encumbered.path("encumbrance").path("reference").asText()).isEqualTo("ep-FR-1");

        // the same receivable again, even for less: refused, nothing written
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/financings/receivable-financings", cast.supplierKey, """
                {"financingId": "ep-FR-2", "programId": "%s", "receivableId": "%s", "amount": %s, "interestMode": "DISCOUNT",
                 "businessDate": "2026-03-17"}""".formatted(program, receivableId, cny("1000.00"))), 409,
                "receivable-already-encumbered", null));
        assertProblem(api.get(V1 + "/financings/ep-FR-2", operator), 404, "not-found", null);
        // nor may it back a line now
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/programs/" + program + "/members/" + cast.supplier + "/assets",
                cast.supplierKey, "{\"receivableId\": \"" + receivableId + "\", \"pledgedOn\": \"2026-03-17\"}"), 409,
                "receivable-already-encumbered", null));
    }

    // ------------------------------------------------------------------ collateral

    @Test
    void collateral_is_pledged_revalued_and_released_by_its_pledgee() {
        var pledged = api.post(V1 + "/collateral", cast.supplierKey, """
                {"collateralId": "ep-WR-7", "kind": "WAREHOUSE_RECEIPT", "pledgor": "%s", "pledgee": "%s", "value": %s,
                 "description": "600 t cold-rolled steel, bay 4", "custodian": "%s", "documentReference": "SZ-WR-0007",
                 "pledgedOn": "2026-03-02"}""".formatted(cast.supplier, cast.bank, cny("800000.00"), cast.distributor));
        assertStatus(pledged, 201);
        assertThat(pledged.location()).isEqualTo("/api/v1/collateral/ep-WR-7");
        JsonNode item = eventually(V1 + "/collateral/ep-WR-7", cast.supplierKey);
        assertThat(item.path("status").asText()).isEqualTo("PLEDGED");
        assertThat(item.path("kind").asText()).isEqualTo("WAREHOUSE_RECEIPT");
        assertThat(amount(item.path("value"))).isEqualTo("800000.00");
        assertThat(texts(api.get(V1 + "/collateral", cast.supplierKey).json().path("items"), "collateralId")).contains("ep-WR-7");
        assertThat(texts(api.get(V1 + "/collateral?pledgee=" + cast.bank, cast.bankKey).json().path("items"), "collateralId"))
                .contains("ep-WR-7");
        assertStatus(api.get(V1 + "/collateral/ep-WR-7", cast.distributorKey), 200); // the custodian
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/collateral/ep-WR-7", cast.otherSupplierKey), 403, "forbidden", null));

        unchanged(() -> assertProblemAnswer(api.post(V1 + "/collateral/ep-WR-7/revaluation", cast.supplierKey,
                "{\"value\": " + cny("900000.00") + ", \"revaluedOn\": \"2026-04-01\"}"), 403, "not-permitted", null));
        assertStatus(api.post(V1 + "/collateral/ep-WR-7/revaluation", cast.bankKey,
                "{\"value\": " + cny("720000.00") + ", \"revaluedOn\": \"2026-04-01\"}"), 200);
        eventually(V1 + "/collateral/ep-WR-7", cast.supplierKey, c -> amount(c.path("value")).equals("720000.00"));

        assertStatus(api.post(V1 + "/collateral/ep-WR-7/release", cast.bankKey,
                "{\"reason\": \"loan repaid\", \"releasedOn\": \"2026-06-30\"}"), 200);
        JsonNode released = eventually(V1 + "/collateral/ep-WR-7", cast.supplierKey, c -> c.path("status").asText().equals("RELEASED"));
        assertThat(released.path("endedOn").asText()).isEqualTo("2026-06-30");
        unchanged(() -> assertProblemAnswer(api.post(V1 + "/collateral/ep-WR-7/release", cast.bankKey,
                "{\"reason\": \"again\", \"releasedOn\": \"2026-07-01\"}"), 409, "collateral-released", null));
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/collateral/ep-none", operator), 404, "not-found", null));
    }

    // ------------------------------------------------------------------ business days

    @Test
    void closing_a_business_day_expires_what_is_due_once() {
        // the only thing in this ledger that ends on 2026-02-15 (every other date of these tests is later)
        guarantee(cast, "ep-GT-day", "10000.00", "2026-02-01", "2026-02-15");
        JsonNode agenda = eventually(V1 + "/business-days/2026-02-15/agenda", cast.auditorKey,
                a -> texts(a.path("expiringCollateral")).contains("ep-GT-day"));
        assertThat(agenda.path("day").asText()).isEqualTo("2026-02-15");

        JsonNode run = assertStatus(api.post(V1 + "/business-days/2026-02-15/close", operator, ""), 200).json();
        assertThat(run.path("day").asText()).isEqualTo("2026-02-15");
        assertThat(run.path("collateralExpired").asInt()).isEqualTo(texts(agenda.path("expiringCollateral")).size());
        assertThat(run.path("refusals")).isEmpty();
        JsonNode expired = eventually(V1 + "/collateral/ep-GT-day", cast.supplierKey, c -> c.path("status").asText().equals("EXPIRED"));
        assertThat(expired.path("endedOn").asText()).isEqualTo("2026-02-15");

        long before = journalSize();
        JsonNode again = assertStatus(api.post(V1 + "/business-days/2026-02-15/close", operator, ""), 200).json();
        assertThat(again.path("collateralExpired").asInt()).isZero();
        assertThat(journalSize()).isEqualTo(before);
        unchanged(() -> assertProblemAnswer(api.get(V1 + "/business-days/2026-02-30/agenda", operator), 400, "invalid-value", "day"));
    }

    // ------------------------------------------------------------------ the journal's evidence

    @Test
    void the_journal_head_checkpoints_proofs_and_export() {
        register("ep-journal-1", "SUPPLIER");
        Checkpoint first = checkpoints.takeIfGrown().orElseGet(() -> checkpoints.latest().orElseThrow());
        register("ep-journal-2", "SUPPLIER");
        register("ep-journal-3", "SUPPLIER");
        Checkpoint second = checkpoints.takeIfGrown().orElseThrow();

        JsonNode head = assertStatus(api.get(V1 + "/journal", cast.supplierKey), 200).json();
        assertThat(head.path("size").asLong()).isGreaterThanOrEqualTo(second.treeSize());
        assertThat(head.path("headHash").asText()).matches("[0-9a-f]{64}");
        assertThat(head.path("suite").asText()).isEqualTo("SHA256-ED25519");
        assertThat(head.path("publicKey").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        String fingerprint = head.path("keyFingerprint").asText();
        MerkleTree tree = new MerkleTree(AlgorithmSuite.named(head.path("suite").asText()).hash());

        JsonNode latest = assertStatus(api.get(V1 + "/journal/checkpoints/latest", cast.auditorKey), 200).json();
        assertThat(latest.path("number").asLong()).isEqualTo(second.number());
        assertThat(latest.path("treeSize").asLong()).isEqualTo(second.treeSize());
        assertThat(latest.path("rootHash").asText()).isEqualTo(Hex.encode(second.rootHash()));
        assertThat(latest.path("headHash").asText()).isEqualTo(Hex.encode(second.headHash()));
        assertThat(latest.path("keyFingerprint").asText()).isEqualTo(fingerprint);
        assertThat(latest.path("signature").asText()).matches("[0-9a-f]+");
        JsonNode byNumber = assertStatus(api.get(V1 + "/journal/checkpoints/" + first.number(), cast.bankKey), 200).json();
        assertThat(byNumber.path("treeSize").asLong()).isEqualTo(first.treeSize());
        assertThat(byNumber.path("rootHash").asText()).isEqualTo(Hex.encode(first.rootHash()));
        JsonNode listed = assertStatus(api.get(V1 + "/journal/checkpoints?from=" + first.number() + "&limit=10", cast.coreKey), 200)
                .json();
        assertThat(listed.get(0).path("number").asLong()).isEqualTo(first.number());
        assertThat(texts(listed, "rootHash")).contains(Hex.encode(first.rootHash()), Hex.encode(second.rootHash()));

        // the first event and the last one the second checkpoint covers are in its tree
        for (long position : new long[] {0, second.treeSize() - 1}) {
            JsonNode inclusion = assertStatus(api.get(V1 + "/journal/events/" + position + "/inclusion-proof?checkpoint="
                    + second.number(), cast.auditorKey), 200).json();
            assertThat(inclusion.path("position").asLong()).isEqualTo(position);
            assertThat(inclusion.path("treeSize").asLong()).isEqualTo(second.treeSize());
            assertThat(inclusion.path("rootHash").asText()).isEqualTo(Hex.encode(second.rootHash()));
            assertThat(inclusion.path("checkpoint").path("number").asLong()).isEqualTo(second.number());
            assertThat(tree.verifyInclusion(position, second.treeSize(), tree.leafHash(Hex.decode(inclusion.path("recordHash").asText())),
                    hashes(inclusion.path("path")), Hex.decode(inclusion.path("rootHash").asText()))).isTrue();
        }
        assertProblem(api.get(V1 + "/journal/events/" + second.treeSize() + "/inclusion-proof?checkpoint=" + second.number(),
                cast.auditorKey), 422, "position-not-covered", "position");

        JsonNode consistency = assertStatus(api.get(V1 + "/journal/consistency-proof?from=" + first.number() + "&to=" + second.number(),
                cast.auditorKey), 200).json();
        assertThat(consistency.path("fromSize").asLong()).isEqualTo(first.treeSize());
        assertThat(consistency.path("toSize").asLong()).isEqualTo(second.treeSize());
        assertThat(consistency.path("fromRoot").asText()).isEqualTo(Hex.encode(first.rootHash()));
        assertThat(consistency.path("toRoot").asText()).isEqualTo(Hex.encode(second.rootHash()));
        assertThat(tree.verifyConsistency(first.treeSize(), second.treeSize(), first.rootHash(), second.rootHash(),
                hashes(consistency.path("path")))).isTrue();
        assertProblem(api.get(V1 + "/journal/consistency-proof?from=" + second.number() + "&to=" + first.number(), cast.auditorKey),
                400, "invalid-value", "from");
        assertProblem(api.get(V1 + "/journal/checkpoints/999999", cast.auditorKey), 404, "not-found", null);
        assertProblem(api.get(V1 + "/journal/consistency-proof?from=" + first.number(), cast.auditorKey), 400, "missing-value", "to");

        Answer export = assertStatus(api.get(V1 + "/journal/export", cast.auditorKey), 200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        List<String> lines = export.body().lines().toList();
        assertThat(lines.size()).isGreaterThan((int) second.treeSize());
        assertThat(lines.get(0)).startsWith("{");
        assertThat(export.body()).contains(fingerprint);
    }

    // ------------------------------------------------------------------ bad input: 4xx, a problem, nothing written

    @Test
    void malformed_json_unknown_fields_and_an_acting_party_are_refused() {
        assertRefused(() -> api.post(V1 + "/orders", cast.coreKey, "{\"orderId\": \"PO:ep-x\", \"buyer\": "), 400, "malformed-json", null);
        assertRefused(() -> api.post(V1 + "/orders", cast.coreKey, "[1, 2]"), 400, "malformed-json", null);
        assertRefused(() -> api.post(V1 + "/orders", cast.coreKey, order("PO:ep-x", cny("10.00"), "2026-03-02")
                .replaceFirst("\\{", "{\"bogus\": 1, ")), 400, "unknown-field", "bogus");
        // a misspelt field is named as unknown, not reported as the missing one it was meant to be
        assertRefused(() -> api.post(V1 + "/financings/ep-F-in/disbursement", cast.bankKey, "{\"busnessDate\": \"2026-03-16\"}"), 400,
                "unknown-field", "busnessDate");
        assertRefused(() -> api.post(V1 + "/financings/drawdowns", cast.supplierKey, drawdown(cny("10.00"), "2026-03-16")
                .replaceFirst("\\{", "{\"actingParty\": \"" + cast.supplier + "\", ")), 400, "acting-party-not-accepted", "actingParty");
        assertRefused(() -> api.post(V1 + "/orders", cast.coreKey, order("PO:ep-x", cny("10.00"), "2026-03-02")
                .replaceFirst("\\{", "{\"orderId\": \"PO:ep-y\", ")), 400, "malformed-json", null); // duplicate key
        assertRefused(() -> api.post(V1 + "/financings/ep-F-in/decision", cast.bankKey,
                "{\"financingId\": \"ep-other\", \"decision\": \"APPROVE\", \"reasons\": [], \"businessDate\": \"2026-03-16\"}"), 400,
                "path-mismatch", "financingId");
        assertRefused(() -> api.send(api.request(V1 + "/orders", cast.coreKey).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(order("PO:ep-x", cny("10.00"), "2026-03-02"))), cast.coreKey), 415,
                "unsupported-media-type", null);
        assertRefused(() -> api.post(V1 + "/orders", cast.coreKey, order("PO:ep-x", cny("10.00"), "2026-03-02")
                .replace("\"buyer\": \"" + cast.core + "\"", "\"buyer\": 42")), 400, "invalid-value", "buyer");
        assertRefused(() -> api.post(V1 + "/financings/drawdowns", cast.supplierKey, drawdown(cny("10.00"), "2026-03-16")
                .replace("\"BULLET\"", "\"BALLOON\"")), 400, "invalid-value", "method");
    }

    @Test
    void amounts_must_be_positive_booked_and_in_the_programs_currency() {
        assertRefused(() -> api.post(V1 + "/orders", cast.coreKey, order("PO:ep-neg", cny("-5.00"), "2026-03-02")), 400, "invalid-value",
                "amount");
        assertRefused(() -> api.post(V1 + "/financings/drawdowns", cast.supplierKey, drawdown(cny("-100.00"), "2026-03-16")), 400,
                "invalid-value", "amount");
        assertRefused(() -> api.post(V1 + "/financings/drawdowns", cast.supplierKey, drawdown(cny("0.00"), "2026-03-16")), 400,
                "invalid-value", "amount");
        assertRefused(() -> api.post(V1 + "/financings/drawdowns", cast.supplierKey, drawdown(cny("100.005"), "2026-03-16")), 400,
                "invalid-value", "amount");
        assertRefused(() -> api.post(V1 + "/orders", cast.coreKey, order("PO:ep-precise", cny("100.005"), "2026-03-02")), 400,
                "invalid-value", "amount");
        assertRefused(() -> api.post(V1 + "/financings/drawdowns", cast.supplierKey, drawdown(money("100.00", "USD"), "2026-03-16")), 400,
                "currency-mismatch", "amount");
        assertRefused(() -> api.post(V1 + "/financings/drawdowns", cast.supplierKey, drawdown(money("100.00", "XYZ"), "2026-03-16")), 400,
                "invalid-value", "amount.currency");
        assertRefused(() -> api.post(V1 + "/financings/drawdowns", cast.supplierKey, drawdown("{\"amount\": 100.001, \"currency\": \"CNY\"}",
                "2026-03-16")), 400, "invalid-value", "amount");
    }

    @Test
    void impossible_dates_are_refused() {
        assertRefused(() -> api.post(V1 + "/financings/drawdowns", cast.supplierKey, drawdown(cny("100.00"), "2026-02-30")), 400,
                "invalid-value", "businessDate");
        assertRefused(() -> api.post(V1 + "/orders", cast.coreKey, order("PO:ep-date", cny("10.00"), "2026-13-01")), 400, "invalid-value",
                "orderDate");
        assertRefused(() -> api.get(V1 + "/financings/ep-F1?asOf=2026-02-30", operator), 400, "invalid-value", "asOf");
    }

    @Test
    void a_body_over_64_kib_is_refused_whether_its_length_is_declared_or_not() {
        String huge = order("PO:ep-huge", cny("10.00"), "2026-03-02").replace("brake assemblies", "x".repeat(70 * 1024));
        assertRefused(() -> api.post(V1 + "/orders", cast.coreKey, huge), 413, "body-too-large", null);
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> api.send(api.request(V1 + "/orders", cast.coreKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))), cast.coreKey), 413,
                "body-too-large", null);
    }

    @Test
    void a_missing_or_invalid_api_key_is_401_and_a_wrong_party_403() {
        String body = order("PO:ep-auth", cny("10.00"), "2026-03-02");
        assertRefused(() -> api.post(V1 + "/orders", null, body), 401, "unauthenticated", null);
        assertRefused(() -> api.post(V1 + "/orders", "lk.abcdefghijkl.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", body), 401,
                "unauthenticated", null);
        assertRefused(() -> api.post(V1 + "/orders", "not-a-key", body), 401, "unauthenticated", null);
        assertRefused(() -> api.send(api.request(V1 + "/orders", null).header("Authorization", "Basic b3BzOm9wcw==")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), null), 401,
                "unauthenticated", null);
        assertRefused(() -> api.get(V1 + "/journal", null), 401, "unauthenticated", null);
        // a party acting for another: an order whose buyer is not the caller, a drawdown on another member's line
        assertRefused(() -> api.post(V1 + "/orders", cast.supplierKey, body), 403, "not-permitted", null);
        assertRefused(() -> api.post(V1 + "/financings/drawdowns", cast.otherSupplierKey, drawdown(cny("100.00"), "2026-03-16")), 403,
                "not-permitted", null);
        // an auditor writes nothing; only the operator registers parties
        assertRefused(() -> api.post(V1 + "/orders", cast.auditorKey, body), 403, "forbidden", null);
        assertRefused(() -> api.post(V1 + "/parties", cast.bankKey, """
                {"partyId": "ep-intruder", "legalName": "X", "unifiedSocialCreditCode": "%s", "roles": ["FUNDER"]}"""
                .formatted(UNIFIED_CODE)), 403, "forbidden", null);
        assertRefused(() -> api.post(V1 + "/parties/" + cast.supplier + "/credentials", cast.otherSupplierKey, "{\"user\": \"mole\"}"), 403,
                "forbidden", null);
    }

    // ------------------------------------------------------------------ helpers

    private String drawdown(String amount, String businessDate) {
        return """
                {"financingId": "ep-F-input", "programId": "ep-P-input", "member": "%s", "amount": %s, "method": "BULLET",
                 "tenor": {"periods": 0, "monthsPerPeriod": 0, "maturity": "2026-09-16"}, "businessDate": "%s"}"""
                .formatted(cast.supplier, amount, businessDate);
    }

    private String order(String orderId, String amount, String orderDate) {
        return """
                {"orderId": "%s", "buyer": "%s", "seller": "%s", "amount": %s, "orderDate": "%s", "description": "brake assemblies"}"""
                .formatted(orderId, cast.core, cast.supplier, amount, orderDate);
    }

    /** A refused request: its problem, and the journal as it was. */
    private void assertRefused(Supplier<Answer> request, int status, String code, String field) {
        assertProblem(unchanged(request), status, code, field);
    }

    private Answer assertProblemAnswer(Answer answer, int status, String code, String field) {
        assertProblem(answer, status, code, field);
        return answer;
    }

    private static List<String> eventTypes(JsonNode history) {
        return texts(history.path("events"), "type");
    }

    private static List<byte[]> hashes(JsonNode array) {
        var hashes = new ArrayList<byte[]>();
        array.forEach(node -> hashes.add(Hex.decode(node.asText())));
        return hashes;
    }
}
