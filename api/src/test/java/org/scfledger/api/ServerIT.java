package org.scfledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestServerDatabase.register(registry);
    }

    @Test
    void health_is_up_with_the_database() throws Exception {
        var response = http.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode health = json.readTree(response.getBody());
        assertThat(health.path("status").asText()).isEqualTo("UP");
    }

    @Test
    void the_openapi_document_and_swagger_ui_are_served() throws Exception {
        var apiDocs = http.getForEntity("/v3/api-docs", String.class);
        assertThat(apiDocs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(apiDocs.getBody()).path("openapi").asText()).startsWith("3.");

        JsonNode docs = json.readTree(apiDocs.getBody());
        JsonNode drawdown = docs.at("/paths/~1api~1v1~1financings~1drawdowns/post");
        JsonNode body = drawdown.at("/requestBody/content/application~1json");
        assertThat(body.at("/schema/properties").has("amount")).isTrue();
        assertThat(body.at("/schema/properties").has("actingParty")).as("the acting party is the key's, never the body's").isFalse();
        assertThat(body.at("/examples/example/value").asText()).contains("\"financingId\"");
        assertThat(drawdown.path("parameters").findValuesAsText("name")).contains("Idempotency-Key");
        JsonNode decision = docs.at("/paths/~1api~1v1~1financings~1{financingId}~1decision/post/requestBody/content/application~1json/schema");
        assertThat(decision.path("properties").has("financingId")).as("the path gives it").isFalse();
        assertThat(decision.path("properties").has("decision")).isTrue();
        assertThat(docs.at("/components/securitySchemes/apiKey/scheme").asText()).isEqualTo("bearer");
        String money = drawdown.at("/requestBody/content/application~1json/schema/properties/amount/$ref").asText();
        assertThat(docs.at("/components/schemas/" + money.substring(money.lastIndexOf('/') + 1) + "/properties/amount/type").asText())
                .as("amounts are decimal text").isEqualTo("string");

        JsonNode replay = docs.at("/paths/~1api~1v1~1audit~1replay/get");
        assertThat(replay.path("summary").asText()).isNotBlank();
        assertThat(replay.path("parameters").findValuesAsText("name"))
                .contains("member", "program", "financing", "checkpoint", "position", "at", "on");
        assertThat(docs.at("/paths/~1api~1v1~1audit~1diff/get/summary").asText()).isNotBlank();
        JsonNode export = docs.at("/paths/~1api~1v1~1audit~1exports/post");
        assertThat(export.at("/requestBody/required").asBoolean()).as("an export may be asked for without a body").isFalse();
        assertThat(export.at("/requestBody/content/application~1json/schema/properties").has("upToCheckpoint")).isTrue();
        assertThat(docs.at("/paths/~1api~1v1~1audit~1exports~1{id}~1file/get/summary").asText()).isNotBlank();

        var swagger = http.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(swagger.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(swagger.getBody()).contains("Swagger UI");
    }
}
