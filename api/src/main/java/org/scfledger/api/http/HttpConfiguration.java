package org.scfledger.api.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import java.math.BigDecimal;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.scfledger.api.http.problem.ProblemMapper;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The API's JSON, its request limit, and ids with slashes in paths. */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

    /**
     * Strict in, exact out: unknown fields, duplicate keys, trailing tokens and fractions for whole numbers are
     * refused; decimals are read exactly and written as text, so no client's double parser rounds an amount. A whole
     * number left out is 0, which the command's own check then names ("maxTenorDays must be between 1 and ...").
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer ledgerApiJson() {
        return builder -> builder
                .modulesToInstall(modules -> modules.add(new LedgerIdsModule()))
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

    /** Ids in paths and query parameters read as in bodies: {@code /programs/P-1}, {@code ?member=supplier-1}. */
    @Bean
    WebMvcConfigurer idsInPaths() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                LedgerIdsModule.IDS.forEach(id -> add(registry, id));
            }
        };
    }

    private static <T> void add(FormatterRegistry registry, LedgerIdsModule.Id<T> id) {
        registry.addConverter(String.class, id.type(), text -> id.parse().apply(text));
    }

    @Bean
    ProblemMapper problemMapper() {
        return new ProblemMapper();
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimit(ProblemMapper problems, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new BodyLimitFilter(problems, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** A receivable's part ("RCV:R-1/2") is written RCV:R-1%2F2 in a path; Tomcat leaves it for Spring to decode. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesInPaths() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }
}
