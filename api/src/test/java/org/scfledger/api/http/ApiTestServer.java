package org.scfledger.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.scfledger.api.TestServers;
import org.scfledger.api.http.ApiClient.Answer;
import org.scfledger.api.security.Access;
import org.scfledger.api.security.CredentialStore;
import org.scfledger.core.party.PartyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One server for the API's tests: every subclass shares this configuration, so Spring starts the server and its
 * database once for all of them. Each class works on parties and ids of its own (its prefix); the business calendar
 * and the checkpoint schedule stay off, so that the journal grows only by what a test sends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.checkpoint-interval=PT24H", "ledger.business-calendar.cron=-"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTestServer {

    static final String V1 = "/api/v1";
    static final String UNIFIED_CODE = "91440300MA5FQ2N7BM";
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    CredentialStore credentials;

    ApiClient api;
    String operator;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestServers.database(registry);
    }

    @BeforeAll
    void connect() {
        api = new ApiClient(port);
        operator = credentials.issue(PartyId.OPERATOR, "ops-" + getClass().getSimpleName(), Access.OPERATOR).key().toString();
    }

    // ------------------------------------------------------------------ parties and programs

    /** Registers a party through the API (as the operator) and returns an API key for it. */
    String register(String partyId, String... roles) {
        var registered = api.post(V1 + "/parties", operator, """
                {"partyId": "%s", "legalName": "%s Co., Ltd.", "unifiedSocialCreditCode": "%s", "roles": [%s]}"""
                .formatted(partyId, partyId, UNIFIED_CODE, quoted(roles)));
        assertThat(registered.status()).as("register %s: %s", partyId, registered).isEqualTo(201);
        return keyFor(partyId);
    }

    String keyFor(String partyId) {
        var issued = api.post(V1 + "/parties/" + partyId + "/credentials", operator, "{\"user\": \"desk\"}");
        assertThat(issued.status()).as("key for %s: %s", partyId, issued).isEqualTo(201);
        return issued.json().path("key").asText();
    }

    /**
     * The cast of one test class: a core enterprise, its funder, two suppliers, a distributor and an auditor, all
     * named {@code <prefix>-...}.
     */
    Cast cast(String prefix) {
        var cast = new Cast(prefix);
        cast.coreKey = register(cast.core, "CORE_ENTERPRISE");
        cast.bankKey = register(cast.bank, "FUNDER");
        cast.supplierKey = register(cast.supplier, "SUPPLIER");
        cast.otherSupplierKey = register(cast.otherSupplier, "SUPPLIER");
        cast.distributorKey = register(cast.distributor, "DISTRIBUTOR");
        cast.auditorKey = register(cast.auditor, "AUDITOR");
        return cast;
    }

    /** A CNY program of the cast's funder on its core enterprise: 5 000 000.00, 2026 to 2027, DOMAIN.md's rates. */
    void createProgram(Cast cast, String programId) {
        var created = api.post(V1 + "/programs", cast.bankKey, """
                {"programId": "%s", "coreEnterprise": "%s", "funder": "%s", "currency": "CNY",
                 "programLimit": %s, "validFrom": "2026-01-01", "validTo": "2027-12-31",
                 "advanceRates": {"rates": {"RECEIVABLE": {"fraction": "0.80"}, "INVOICE": {"fraction": "0.70"},
                   "PURCHASE_ORDER": {"fraction": "0.40"}, "GOODS": {"fraction": "0.60"}, "GUARANTEE": {"fraction": "1.00"},
                   "MORTGAGE": {"fraction": "0.60"}}},
                 "pricing": {"annualRate": {"annual": "0.0435"}, "dayCount": "ACT_360", "penaltyMultiplier": "1.5"},
                 "maxTenorDays": 365, "matchTolerancePercent": "1"}""".formatted(programId, cast.core, cast.bank, cny("5000000.00")));
        assertThat(created.status()).as("create program %s: %s", programId, created).isEqualTo(201);
    }

    void admit(Cast cast, String programId, String member, String side, String baseLimit, String memberCap) {
        var admitted = api.post(V1 + "/programs/" + programId + "/members", cast.bankKey, """
                {"member": "%s", "side": "%s", "baseLimit": %s, "memberCap": %s}"""
                .formatted(member, side, cny(baseLimit), cny(memberCap)));
        assertThat(admitted.status()).as("admit %s to %s: %s", member, programId, admitted).isEqualTo(201);
    }

    /** A purchase order of the core enterprise from the supplier, registered and accepted; its id. */
    String acceptedOrder(Cast cast, String reference, String amount, String orderDate) {
        var registered = api.post(V1 + "/orders", cast.coreKey, """
                {"orderId": "%s", "buyer": "%s", "seller": "%s", "amount": %s, "orderDate": "%s", "description": "brake assemblies"}"""
                .formatted(reference, cast.core, cast.supplier, cny(amount), orderDate));
        assertThat(registered.status()).as("order %s: %s", reference, registered).isEqualTo(201);
        String orderId = registered.json().path("id").asText();
        var accepted = api.post(V1 + "/orders/" + orderId + "/acceptance", cast.supplierKey, "{\"acceptedOn\": \"" + orderDate + "\"}");
        assertThat(accepted.status()).as("accept %s: %s", orderId, accepted).isEqualTo(200);
        return orderId;
    }

    /** An invoice of the supplier to the core enterprise, against an order (or none); its id. */
    String invoice(Cast cast, String number, String amount, String taxAmount, String issueDate, @Nullable String orderId) {
        var issued = api.post(V1 + "/invoices", cast.supplierKey, """
                {"issuer": "%s", "issuerTaxId": "91310000MA1K4XYZ2B", "invoiceCode": "%s", "invoiceNumber": "%s", "buyer": "%s",
                 "amount": %s, "taxAmount": %s, "issueDate": "%s"%s}"""
                .formatted(cast.supplier, cast.invoiceCode(), number, cast.core, cny(amount), cny(taxAmount), issueDate,
                        orderId == null ? "" : ", \"orderId\": \"" + orderId + "\""));
        assertThat(issued.status()).as("invoice %s: %s", number, issued).isEqualTo(201);
        return issued.json().path("id").asText();
    }

    /** A receivable of the supplier on the core enterprise in a program, registered (not confirmed); its id. */
    String receivable(Cast cast, String programId, String reference, String face, String maturity, String invoiceId,
            String orderId, String registeredOn) {
        var registered = api.post(V1 + "/receivables", cast.supplierKey, """
                {"receivableId": "%s", "creditor": "%s", "debtor": "%s", "faceAmount": %s, "maturityDate": "%s",
                 "invoiceIds": ["%s"], "orderId": "%s", "programId": "%s", "registeredOn": "%s"}"""
                .formatted(reference, cast.supplier, cast.core, cny(face), maturity, invoiceId, orderId, programId, registeredOn));
        assertThat(registered.status()).as("receivable %s: %s", reference, registered).isEqualTo(201);
        return registered.json().path("id").asText();
    }

    /** An order, its invoice for the face and a receivable on them, confirmed by the core enterprise; the receivable's id. */
    String confirmedReceivable(Cast cast, String programId, String reference, String face, String maturity) {
        String orderId = acceptedOrder(cast, reference, face, "2026-03-02");
        String invoiceId = invoice(cast, cast.nextInvoiceNumber(), face, "0.00", "2026-03-05", orderId);
        String receivableId = receivable(cast, programId, reference, face, maturity, invoiceId, orderId, "2026-03-06");
        var confirmed = api.post(V1 + "/receivables/" + receivableId + "/confirmation", cast.coreKey, "{\"confirmedOn\": \"2026-03-06\"}");
        assertThat(confirmed.status()).as("confirm %s: %s", receivableId, confirmed).isEqualTo(200);
        return receivableId;
    }

    /** A collateral item of the supplier pledged to the funder: a guarantee of the core enterprise. */
    String guarantee(Cast cast, String collateralId, String value, String pledgedOn, String expiresOn) {
        var pledged = api.post(V1 + "/collateral", cast.supplierKey, """
                {"collateralId": "%s", "kind": "GUARANTEE", "pledgor": "%s", "pledgee": "%s", "value": %s,
                 "description": "payment guarantee", "guarantor": "%s", "expiresOn": "%s", "pledgedOn": "%s"}"""
                .formatted(collateralId, cast.supplier, cast.bank, cny(value), cast.core, expiresOn, pledgedOn));
        assertThat(pledged.status()).as("pledge %s: %s", collateralId, pledged).isEqualTo(201);
        return collateralId;
    }

    // ------------------------------------------------------------------ reading

    long journalSize() {
        var head = api.get(V1 + "/journal", operator);
        assertThat(head.status()).as("journal head: %s", head).isEqualTo(200);
        return head.json().path("size").asLong();
    }

    /** Reads {@code path} until it answers 200 with what {@code expected} wants: read models follow the journal shortly after. */
    JsonNode eventually(String path, String key, Predicate<JsonNode> expected) {
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        Answer last;
        do {
            last = api.get(path, key);
            if (last.status() == 200 && expected.test(last.json())) {
                return last.json();
            }
            pause();
        } while (System.nanoTime() < deadline);
        return fail("GET %s never showed what was expected; last answer: %s", path, last);
    }

    /** Reads {@code path} until it answers 200 (the read model has the item). */
    JsonNode eventually(String path, String key) {
        return eventually(path, key, json -> true);
    }

    /** Sends a request that must change nothing: the journal's size is the same after it. */
    Answer unchanged(Supplier<Answer> request) {
        long before = journalSize();
        Answer answer = request.get();
        assertThat(journalSize()).as("the journal after %s", answer).isEqualTo(before);
        return answer;
    }

    // ------------------------------------------------------------------ asserting

    static Answer assertStatus(Answer answer, int status) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        return answer;
    }

    /** A problem (RFC 9457): status, content type, type from its code, the code, and the field at fault (or none). */
    static JsonNode assertProblem(Answer answer, int status, String code, @Nullable String field) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.isProblem()).as("content type of %s: %s", answer, answer.contentType()).isTrue();
        JsonNode problem = answer.json();
        assertThat(problem.path("type").asText()).isEqualTo("urn:scf-ledger:problem:" + code);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).as("detail of %s", answer).isNotBlank();
        if (field == null) {
            assertThat(problem.has("field")).as("no field in %s", answer).isFalse();
        } else {
            assertThat(problem.path("field").asText()).as("field of %s", answer).isEqualTo(field);
        }
        return problem;
    }

    static String cny(String amount) {
        return money(amount, "CNY");
    }

    static String money(String amount, String currency) {
        return "{\"amount\": \"" + amount + "\", \"currency\": \"" + currency + "\"}";
    }

    static String amount(JsonNode money) {
        assertThat(money.path("currency").asText()).isEqualTo("CNY");
        return money.path("amount").asText();
    }

    /** The texts of a JSON array. */
    static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** One field's text of each object in a JSON array. */
    static List<String> texts(JsonNode array, String field) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }

    private static String quoted(String... values) {
        var text = new StringBuilder();
        for (String value : values) {
            text.append(text.isEmpty() ? "" : ", ").append('"').append(value).append('"');
        }
        return text.toString();
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Party ids and API keys of one test class's cast. */
    static final class Cast {
        final String prefix;
        final String core;
        final String bank;
        final String supplier;
        final String otherSupplier;
        final String distributor;
        final String auditor;
        String coreKey;
        String bankKey;
        String supplierKey;
        String otherSupplierKey;
        String distributorKey;
        String auditorKey;

        private int invoices;

        Cast(String prefix) {
            this.prefix = prefix;
            this.core = prefix + "-core";
            this.bank = prefix + "-bank";
            this.supplier = prefix + "-supplier";
            this.otherSupplier = prefix + "-supplier-2";
            this.distributor = prefix + "-dealer";
            this.auditor = prefix + "-auditor";
        }

        /** The supplier's invoice code: the prefix in capitals (invoice ids are unique in the whole ledger). */
        String invoiceCode() {
            return prefix.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "") + "0001";
        }

        String nextInvoiceNumber() {
            return String.valueOf(++invoices);
        }
    }
}
