package org.scfledger.api.http.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.scfledger.api.http.problem.ProblemMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

    @Bean
    CommandDesk commandDesk(ObjectMapper json, CommandGateway commands, DataSource dataSource, ProblemMapper problems, Clock clock) {
        return new CommandDesk(json, commands, new IdempotencyStore(dataSource, clock), problems, clock);
    }

    @Bean
    WebMvcConfigurer commandRequests(CommandDesk desk, ObjectMapper json) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CommandRequestResolver(desk, json));
            }
        };
    }
}
