package org.scfledger.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scfledger.api.TestServers;
import org.scfledger.api.security.Access;
import org.scfledger.api.security.CredentialStore;
import org.scfledger.core.party.PartyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSmokeIT {

    @LocalServerPort
    int port;

    @Autowired
    CredentialStore credentials;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestServers.database(registry);
    }

    @Test
    void smoke() {
        var api = new ApiClient(port);
        String operator = credentials.issue(PartyId.OPERATOR, "admin", Access.OPERATOR).key().toString();
        System.out.println(api.get("/api/v1/journal", null));
        System.out.println(api.get("/api/v1/journal", operator));
        var r = api.post("/api/v1/parties", operator, """
                {"partyId": "supplier-1", "legalName": "Shenzhen Precision Parts Co., Ltd.",
                 "unifiedSocialCreditCode": "91440300MA5FQ2N7BM", "roles": ["SUPPLIER"]}""");
        System.out.println(r + " " + r.location());
        System.out.println(api.post("/api/v1/parties", operator, "{\"partyId\": \"x\", \"actingParty\": \"y\"}"));
        System.out.println(api.post("/api/v1/parties", operator, "{\"partyId\": \"x\", \"bogus\": 1}"));
        System.out.println(api.post("/api/v1/parties", operator, "{\"partyId\": \"x\", \"legalName\": \"A\", \"unifiedSocialCreditCode\": \"91440300MA5FQ2N7BM\", \"roles\": [\"SUPPLIER\"], \"bogus\": 1}"));
        System.out.println(api.post("/api/v1/parties", operator, "{\"partyId\": \"x\""));
        System.out.println(api.post("/api/v1/parties", operator, "{\"partyId\": \"x\", \"legalName\": \"A\", \"unifiedSocialCreditCode\": \"91440300MA5FQ2N7BM\", \"roles\": []}"));
        System.out.println(api.post("/api/v1/parties/supplier-1/credentials", operator, "{\"user\": \"alice\"}"));
        System.out.println(api.get("/api/v1/parties/supplier-1", operator));
        System.out.println(api.get("/api/v1/receivables/RCV:A%2F1", operator));
        System.out.println(api.get("/api/v1/financings/F-1?asOf=2026-02-30", operator));
        System.out.println(api.get("/v3/api-docs", null).body().substring(0, 3000));
        assertThat(r.status()).isEqualTo(201);
    }
}
