package org.scfledger.api.writeside;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.scfledger.commands.program.Program;
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

    /**
     * Commands run without a database transaction of their own. The journal appends each unit of work's events in its
     * own transaction (grouped with others'); a transaction per command would only hold a pooled connection while the
     * command waits for that group commit, and under as many concurrent commands as the pool has connections the
     * group commit could not get one.
     */
    @Bean
    TransactionManager axonTransactionManager() {
        return NoTransactionManager.INSTANCE;
    }

    /**
     * What the server's snapshotter builds the program aggregate from: Spring's snapshotter knows only the aggregate
     * factories in the application context, and without this it refuses every snapshot the write side's trigger asks
     * for, so that each line command would replay the program's whole history.
     */
    @Bean
    AggregateFactory<Program> programSnapshots() {
        return new GenericAggregateFactory<>(Program.class);
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
