package org.scfledger.core.serialization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The JSON of the ledger's events. Decimals are written as strings ({@code "125000.00"}): RFC 8785 numbers are
 * IEEE doubles, which would turn an amount into another one (or drop its scale) in the hashed record. Dates and
 * instants are ISO-8601 strings.
 */
public final class LedgerJson {

    private LedgerJson() {
    }

    public static ObjectMapper objectMapper() {
        var decimalsAsText = new SimpleModule("decimals-as-text")
                .addSerializer(BigDecimal.class, new ToStringSerializerBase(BigDecimal.class) {
                    @Override
                    public String valueToString(Object value) {
                        return ((BigDecimal) value).toPlainString();
                    }
                });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(decimalsAsText)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // an older reader tolerates a newer event's extra fields
                // A record's JSON is its components: derived answers such as Money.isZero() are not stored facts.
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .build();
    }

    /**
     * Axon's serializer for events and snapshots, on {@link #objectMapper()}. No default typing: the stored JSON
     * names no Java classes (the event's type is its own column), so it reads the same to any verifier.
     */
    public static JacksonSerializer serializer() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }
}
