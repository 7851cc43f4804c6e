package org.scfledger.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.scfledger.crypto.CanonicalJson;

/** A scope's name in a slice's header: {@code {"program":"G"}} or {@code {"funder":"F"}}, with plain ids. */
final class ScopeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FORMS = "a scope is {\"program\":\"…\"} or {\"funder\":\"…\"}, not ";

    private ScopeJson() {
    }

    static String write(String field, String id) {
        return new String(CanonicalJson.canonicalize(MAPPER.createObjectNode().put(field, id).toString()), StandardCharsets.UTF_8);
    }

    static AuditScope read(String json) {
        JsonNode scope;
        try {
            scope = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(FORMS + json);
        }
        if (scope == null || !scope.isObject() || scope.size() != 1) {
            throw new IllegalArgumentException(FORMS + json);
        }
        var program = scope.get("program");
        if (program != null && program.isTextual()) {
            return AuditScope.program(program.textValue());
        }
        var funder = scope.get("funder");
        if (funder != null && funder.isTextual()) {
            return AuditScope.funder(funder.textValue());
        }
        throw new IllegalArgumentException(FORMS + json);
    }
}
