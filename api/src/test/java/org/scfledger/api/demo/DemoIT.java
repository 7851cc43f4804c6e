package org.scfledger.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfledger.api.TestServers;
import org.scfledger.api.http.ApiClient;
import org.scfledger.api.security.Access;
import org.scfledger.api.security.CredentialStore;
import org.scfledger.core.party.PartyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code ledger serve --demo}: the server loads the demo through its own API once it is up; what it wrote reads back
 * over HTTP with the keys it printed, and a second load writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ledger.demo=true")
class DemoIT {

    private static final String PROGRAM = "/api/v1/programs/P-AUTO";

    @LocalServerPort
    int port;

    @Autowired
    DemoLoader demo;

    @Autowired
    CredentialStore credentials;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestServers.database(registry);
    }

    @Test
    void loading_the_demo_again_writes_nothing_and_issues_new_keys() {
        var api = new ApiClient(port);
        String operator = credentials.issue(PartyId.OPERATOR, "test", Access.OPERATOR).key().toString();
        long before = api.get("/api/v1/journal", operator).json().path("size").asLong();
        assertThat(before).as("the demo was loaded at start-up").isGreaterThan(60);

        DemoLogins again = demo.load(port);
        DemoLogins third = demo.load(port);

        assertThat(api.get("/api/v1/journal", operator).json().path("size").asLong()).isEqualTo(before);
        assertThat(again.recorded()).isZero();
        assertThat(again.replayed()).isEqualTo(third.replayed()).isGreaterThan(50);
        assertThat(again.describe("http://localhost:" + port)).contains("was already loaded", "export SUPPLIER1=lk.");
        assertThat(again.logins()).extracting(DemoLogins.Login::party).containsExactly("operator", "core-1", "bank-1", "supplier-1",
                "supplier-2", "supplier-3", "tier2-1", "distributor-1", "distributor-2", "auditor-1");
        for (DemoLogins.Login login : again.logins()) {
            assertThat(login.key()).isNotEqualTo(third.keyOf(login.party()));
            assertThat(api.get("/api/v1/parties/" + (login.party().equals("operator") ? "core-1" : login.party()), login.key()).status())
                    .as("the key of %s works", login.party()).isEqualTo(200);
        }
    }

    @Test
    void the_program_reads_back_over_http_with_the_printed_keys() {
        var api = new ApiClient(port);
        DemoLogins demo = this.demo.load(port);
        String bank = demo.keyOf("bank-1");

        // Dates count from the first load's today in the business time zone; the program runs from 90 days before.
        JsonNode program = ok(api.get(PROGRAM, demo.keyOf("core-1")));
        assertThat(LocalDate.parse(program.path("validFrom").asText())).isEqualTo(demo.anchor().minusDays(90));
        assertThat(ChronoUnit.DAYS.between(demo.anchor(), LocalDate.now(ZoneId.of("Asia/Shanghai")))).isBetween(0L, 1L);
        assertThat(program.path("members").asInt()).isEqualTo(6);
        assertThat(ok(api.get("/api/v1/parties/auditor-1", bank)).path("roles").toString()).isEqualTo("[\"AUDITOR\"]");

        // supplier-1: base 1,000,000 + a verified invoice of 452,000 at 70 %; six installments drawn, the first one paid.
        JsonNode f1 = ok(api.get("/api/v1/financings/F-0001", demo.keyOf("supplier-1")));
        assertThat(f1.path("status").asText()).isEqualTo("DISBURSED");
        assertThat(f1.path("schedule").size()).isEqualTo(6);
        assertThat(f1.path("repayments").size()).isEqualTo(1);
        BigDecimal firstPrincipal = amount(f1.path("schedule").get(0).path("principal"));
        JsonNode supplier1 = ok(api.get(PROGRAM + "/members/supplier-1", demo.keyOf("supplier-1")));
        assertThat(amount(supplier1.path("baseLimit"))).isEqualByComparingTo("1000000.00");
        assertThat(amount(supplier1.path("assetUplift"))).isEqualByComparingTo("316400.00");
        assertThat(amount(supplier1.path("memberLimit"))).isEqualByComparingTo("1316400.00");
        assertThat(supplier1.path("contributions").get(0).path("type").asText()).isEqualTo("INVOICE");
        assertThat(amount(supplier1.path("reservedPrincipal"))).isZero();
        assertThat(amount(supplier1.path("outstandingPrincipal"))).isEqualByComparingTo(new BigDecimal("300000.00").subtract(firstPrincipal));
        assertThat(amount(supplier1.path("canDrawNow"))).isEqualByComparingTo(new BigDecimal("1016400.00").add(firstPrincipal));

        // supplier-3: an accepted order of 800,000 at 40 %; a drawdown of 200,000 awaiting the bank.
        JsonNode supplier3 = ok(api.get(PROGRAM + "/members/supplier-3", bank));
        assertThat(amount(supplier3.path("memberLimit"))).isEqualByComparingTo("820000.00");
        assertThat(amount(supplier3.path("reservedPrincipal"))).isEqualByComparingTo("200000.00");
        // distributor-1: a warehouse receipt of 800,000 at 60 %; 500,000 approved, not yet paid out.
        JsonNode distributor1 = ok(api.get(PROGRAM + "/members/distributor-1", bank));
        assertThat(amount(distributor1.path("memberLimit"))).isEqualByComparingTo("1080000.00");
        assertThat(amount(distributor1.path("reservedPrincipal"))).isEqualByComparingTo("500000.00");
        // distributor-2: core-1's guarantee of 500,000 at 100 %; one drawdown declined, one refused: nothing used.
        JsonNode distributor2 = ok(api.get(PROGRAM + "/members/distributor-2", demo.keyOf("distributor-2")));
        assertThat(amount(distributor2.path("memberLimit"))).isEqualByComparingTo("800000.00");
        assertThat(amount(distributor2.path("used"))).isZero();
        // tier2-1 finances the part of core-1's receivable that supplier-1 handed down.
        JsonNode tier2 = ok(api.get(PROGRAM + "/members/tier2-1", demo.keyOf("tier2-1")));
        assertThat(amount(tier2.path("outstandingPrincipal"))).isEqualByComparingTo("264000.00");
        JsonNode part = ok(api.get("/api/v1/receivables/RCV:AR-0101%2F1", demo.keyOf("tier2-1")));
        assertThat(part.path("holder").asText()).isEqualTo("tier2-1");
        assertThat(amount(part.path("balance"))).isEqualByComparingTo("330000.00");
        assertThat(part.path("financing").path("financingId").asText()).isEqualTo("F-0004");
        assertThat(ok(api.get("/api/v1/receivables/RCV:AR-0103", demo.keyOf("core-1"))).path("confirmedOn").isNull()).isTrue();

        // Every financing in its state, as the auditor sees them all.
        var statuses = new HashMap<String, String>();
        for (JsonNode financing : ok(api.get("/api/v1/financings?programId=P-AUTO", demo.keyOf("auditor-1"))).path("items")) {
            statuses.put(financing.path("financingId").asText(), financing.path("kind").asText() + " " + financing.path("status").asText());
        }
        assertThat(statuses).isEqualTo(Map.of(
                "F-0001", "LINE_DRAWDOWN DISBURSED",
                "F-0002", "LINE_DRAWDOWN REQUESTED",
                "F-0003", "RECEIVABLE DISBURSED",
                "F-0004", "RECEIVABLE DISBURSED",
                "F-0005", "LINE_DRAWDOWN APPROVED",
                "F-0006", "LINE_DRAWDOWN DECLINED",
                "F-0007", "LINE_DRAWDOWN REFUSED"));
        assertThat(ok(api.get("/api/v1/financings/F-0007", bank)).path("decision").path("code").asText()).isEqualTo("limit-exceeded");

        // Each party sees its own: supplier-1 may not read supplier-2's line.
        assertThat(api.get(PROGRAM + "/members/supplier-2", demo.keyOf("supplier-1")).status()).isEqualTo(403);
    }

    @Test
    void the_auditor_reads_everything_and_writes_nothing() {
        var api = new ApiClient(port);
        DemoLogins demo = this.demo.load(port);
        String auditor = demo.keyOf("auditor-1");

        assertThat(api.get(PROGRAM, auditor).status()).isEqualTo(200);
        assertThat(api.get(PROGRAM + "/members/supplier-2", auditor).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/receivables/RCV:AR-0201", auditor).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/collateral/WR-BJ-0007", auditor).status()).isEqualTo(200);
        var totals = ok(api.get("/api/v1/financings/totals?by=MEMBER&programId=P-AUTO", auditor));
        assertThat(totals.findValuesAsText("group")).containsExactly("distributor-1", "distributor-2", "supplier-1", "supplier-2",
                "supplier-3", "tier2-1");
        assertThat(ok(api.get("/api/v1/financings/totals?by=PROGRAM", auditor)).findValuesAsText("group")).containsExactly("P-AUTO");
        long size = api.get("/api/v1/journal", auditor).json().path("size").asLong();

        var refused = api.post("/api/v1/financings/F-0002/decision", auditor,
                "{\"decision\": \"APPROVE\", \"reasons\": [], \"businessDate\": \"" + demo.anchor() + "\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(api.get("/api/v1/journal", auditor).json().path("size").asLong()).isEqualTo(size);
        assertThat(api.get("/api/v1/financings/F-0002", auditor).json().path("status").asText()).isEqualTo("REQUESTED");
    }

    private static JsonNode ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    private static BigDecimal amount(JsonNode money) {
        assertThat(money.path("currency").asText()).isEqualTo("CNY");
        return new BigDecimal(money.path("amount").asText());
    }
}
