package org.scfledger.api.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import java.math.BigDecimal;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The JSON the API and the command-line tools speak. Strict in, exact out: unknown fields, duplicate keys, trailing
 * tokens and fractions for whole numbers are refused; decimals are read exactly and written as text, so no client's
 * double parser rounds an amount. A whole number left out is 0, which the command's own check then names
 * ("maxTenorDays must be between 1 and ...").
 */
public final class ApiJson {

    private ApiJson() {
    }

    static void configure(Jackson2ObjectMapperBuilder builder) {
        builder.modulesToInstall(modules -> modules.add(new LedgerIdsModule()))
                .serializerByType(BigDecimal.class, new ToStringSerializerBase(BigDecimal.class) {
                    @Override
                    public String valueToString(Object value) {
                        return ((BigDecimal) value).toPlainString();
                    }
                })
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS, JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, MapperFeature.AUTO_DETECT_IS_GETTERS);
    }

    /** The same JSON outside the server: what {@code ledger replay --json} and its kin print. */
    public static ObjectMapper mapper() {
        var builder = new Jackson2ObjectMapperBuilder();
        configure(builder);
        return builder.build();
    }
}
