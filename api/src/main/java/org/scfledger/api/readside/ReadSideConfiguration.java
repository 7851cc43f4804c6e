package org.scfledger.api.readside;

import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.axonframework.config.ConfigurerModule;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.Journal;
import org.scfledger.projections.ReadSide;
import org.scfledger.projections.asof.AsOfReplay;
import org.scfledger.projections.query.ReadModelQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live read models, kept by their tracking processor on the application's database, and their queries. */
@Configuration(proxyBeanMethods = false)
class ReadSideConfiguration {

    /** Queries without a date answer as of today in the ledger's business time zone. */
    @Bean
    ConfigurerModule readSide(DataSource dataSource, Clock clock,
            @Value("${ledger.business-calendar.zone:Asia/Shanghai}") ZoneId businessZone) {
        return configurer -> ReadSide.register(configurer, dataSource, clock.withZone(businessZone));
    }

    @Bean
    ReadModelQueries readModelQueries(DataSource dataSource) {
        return new ReadModelQueries(dataSource);
    }

    @Bean
    AsOfReplay asOfReplay(Journal journal, Checkpoints checkpoints) {
        return new AsOfReplay(journal, checkpoints);
    }

    /** Named for the health endpoint's component: {@code readModels}. */
    @Bean
    ReadSideStatus readModels(org.axonframework.config.Configuration axon, Journal journal) {
        return new ReadSideStatus(axon, journal);
    }
}
