package org.scfledger.api.http;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import org.scfledger.api.http.command.CommandDesk;
import org.scfledger.api.http.v1.Accepts;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description, generated from the code: a write's body is its command's schema without the acting party
 * and the path's ids ({@link Accepts}), with an example; ids are strings, amounts decimal text; every call needs a key.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String API_KEY = "apiKey";
    private static final Map<String, Schema> REFERENCED = new ConcurrentHashMap<>();

    static {
        LedgerIdsModule.IDS.forEach(id -> SpringDocUtils.getConfig().replaceWithSchema(id.type(), new StringSchema()));
        SpringDocUtils.getConfig().replaceWithSchema(BigDecimal.class,
                new StringSchema().format("decimal").pattern("^-?[0-9]+(\\.[0-9]+)?$").example("125000.00"));
    }

    @Bean
    OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Supply-chain finance ledger API").version("v1").description("""
                        The system of record for N+1+N supply-chain lending: parties, programs and credit lines, orders,
                        invoices, receivables, collateral, financings and repayments, and the journal's evidence.

                        Authenticate with an API key: `Authorization: Bearer lk.…`. The acting party of every write is the
                        key's party. Send `Idempotency-Key` on any POST to retry it safely. Failures are RFC 9457 problem
                        details with a stable `type` (`urn:scf-ledger:problem:<code>`), a `code`, and the `field` at fault."""))
                .components(new Components().addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("lk.<keyId>.<secret>")))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }

    /** A write's body: its command's fields but the acting party and the path's, and the Idempotency-Key header. */
    @Bean
    OperationCustomizer commandBodies() {
        return (operation, handler) -> {
            var accepts = handler.getMethodAnnotation(Accepts.class);
            if (accepts == null) {
                return operation;
            }
            var resolved = ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(accepts.value()).resolveAsRef(false));
            REFERENCED.putAll(resolved.referencedSchemas);
            var excluded = new java.util.HashSet<>(Set.of(accepts.fromPath()));
            excluded.add("actingParty");
            Schema<?> body = new ObjectSchema().description(resolved.schema.getDescription());
            var properties = new LinkedHashMap<String, Schema>();
            Map<String, Schema> all = resolved.schema.getProperties();
            if (all != null) {
                all.forEach((name, schema) -> {
                    if (!excluded.contains(name)) {
                        properties.put(name, schema);
                    }
                });
            }
            body.setProperties(properties);
            var media = new MediaType().schema(body);
            if (!accepts.example().isEmpty()) {
                media.addExamples("example", new Example().value(accepts.example()));
            }
            operation.requestBody(new RequestBody().required(accepts.bodyRequired())
                    .content(new Content().addMediaType("application/json", media)));
            operation.addParametersItem(new HeaderParameter().name(CommandDesk.IDEMPOTENCY_KEY).required(false)
                    .description("Any string up to 200 characters, unique per request: a retry with the same key gets the first"
                            + " answer and has no second effect.").schema(new StringSchema().example("9b1f6c4e-0d1a-4c52-8f3e-3e4d2a7c9a10")));
            return operation;
        };
    }

    /** The schemas the command bodies refer to (Money, tenor, ...), so that every $ref resolves. */
    @Bean
    GlobalOpenApiCustomizer commandSchemas() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            REFERENCED.forEach((name, schema) -> {
                if (openApi.getComponents().getSchemas() == null || !openApi.getComponents().getSchemas().containsKey(name)) {
                    openApi.getComponents().addSchemas(name, schema);
                }
            });
        };
    }
}
