package org.scfledger.api.writeside;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.Serializer;
import org.scfledger.commands.LostRaceRetry;
import org.scfledger.commands.WriteSide;
import org.scfledger.core.serialization.LedgerJson;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Axon in the server: the ledger's JSON for every message, the write side's aggregates, retries of lost races. */
@Configuration(proxyBeanMethods = false)
class WriteSideConfiguration {

    @Bean
    @Primary
    Serializer serializer() {
        return LedgerJson.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return LedgerJson.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return LedgerJson.serializer();
    }

    @Bean
    ConfigurerModule writeSide() {
        return WriteSide::register;
    }

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetries() {
        return Executors.newScheduledThreadPool(2, runnable -> {
            var thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetries) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(LostRaceRetry.scheduler(commandRetries)).build();
    }
}
