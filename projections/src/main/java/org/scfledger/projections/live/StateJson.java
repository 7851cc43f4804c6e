package org.scfledger.projections.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scfledger.core.serialization.LedgerJson;

/** A fold's state as the read-model tables keep it: the ledger's JSON (amounts as strings, no class names). */
public final class StateJson {

    private static final ObjectMapper MAPPER = LedgerJson.objectMapper();

    private StateJson() {
    }

    public static String write(Object state) {
        try {
            return MAPPER.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A read-model state could not be written as JSON: " + state, e);
        }
    }

    public static <S> S read(String json, Class<S> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A read-model state could not be read as " + type.getSimpleName(), e);
        }
    }
}
