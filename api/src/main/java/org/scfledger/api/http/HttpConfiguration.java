package org.scfledger.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    @Bean
    Jackson2ObjectMapperBuilderCustomizer ledgerApiJson() {
        return ApiJson::configure;
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
