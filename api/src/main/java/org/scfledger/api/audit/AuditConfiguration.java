package org.scfledger.api.audit;

import java.time.Clock;
import org.scfledger.api.LedgerProperties;
import org.scfledger.api.calendar.BusinessCalendar;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.LedgerSigner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auditor's tools on the server: replays and diffs over the server's own export, and export jobs. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean(destroyMethod = "close")
    OwnJournalAudit ownJournalAudit(Journal journal, LedgerSigner signer, Clock clock, BusinessCalendar calendar) {
        return new OwnJournalAudit(journal, signer, clock, calendar.zone());
    }

    /** Large exports take minutes and a good share of the database: a couple at a time, the rest wait their turn. */
    @Bean(destroyMethod = "close")
    ExportJobs exportJobs(LedgerProperties ledger, Clock clock,
            @Value("${ledger.audit.concurrent-exports:2}") int concurrent,
            @Value("${ledger.audit.exports-kept-per-party:10}") int keptPerParty) {
        return new ExportJobs(ledger.exportDir(), concurrent, keptPerParty, clock);
    }
}
