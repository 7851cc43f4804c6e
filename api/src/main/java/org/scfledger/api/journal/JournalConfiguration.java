package org.scfledger.api.journal;

import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.scfledger.api.LedgerProperties;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.TokenTable;
import org.scfledger.core.journal.JournalProofs;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.crypto.AlgorithmSuite;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the hash-chained journal under Axon: every event the application applies lands in it. */
@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    @DependsOnDatabaseInitialization
    Journal journal(DataSource dataSource, LedgerProperties ledger) {
        return Journal.open(dataSource, JournalSettings.defaults().withSuite(AlgorithmSuite.named(ledger.suite())));
    }

    @Bean
    EventStorageEngine eventStorageEngine(Journal journal, Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer, org.axonframework.config.Configuration axon) {
        return HashChainedEventStorageEngine.builder()
                .journal(journal)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(axon.upcasterChain())
                .build();
    }

    /** Axon's processor tokens, in the journal's schema (not evidence: they may be reset). */
    @Bean
    TokenSchema tokenSchema() {
        return TokenTable.SCHEMA;
    }

    @Bean
    LedgerSigner ledgerSigner(Journal journal, LedgerProperties ledger) {
        return LedgerSigner.loadOrCreate(ledger.keyDir(), journal.suite());
    }

    @Bean
    Checkpoints checkpoints(Journal journal, LedgerSigner signer, Clock clock) {
        return new Checkpoints(journal, signer, clock);
    }

    @Bean
    JournalProofs journalProofs(Journal journal) {
        return new JournalProofs(journal);
    }
}
