package org.scfledger.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfledger.projections.RebuildIT.assertSameRows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.Registration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.journal.JournalPosition;
import org.scfledger.core.journal.TokenTable;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.projections.live.JdbcTransactions;
import org.scfledger.projections.testing.RandomHistory;
import org.scfledger.projections.testing.ReadSideHarness;

/**
 * Events delivered again change nothing: with the processor's token set back (the tables left as they are), the
 * read models receive the journal's events a second time and every row stays byte for byte what it was, whether the
 * states are still in the processor's memory or must be read back from the rows.
 */
class RedeliveryIT {

    static final long SEED = 1234L;

    final ReadSideHarness ledger = new ReadSideHarness();
    final TokenStore tokens = JdbcTokenStore.builder().connectionProvider(new JdbcTransactions(ledger.database.app()))
            .serializer(LedgerJson.serializer()).schema(TokenTable.SCHEMA).build();

    @AfterEach
    void stop() {
        ledger.close();
    }

    @Test
    void events_delivered_again_change_no_row() {
        RandomHistory history = RandomHistory.begin(ledger.axon, SEED).run(2_000);
        ledger.awaitCaughtUp();
        long journalSize = ledger.journal.head().size();
        assertThat(journalSize).as(history.summary()).isGreaterThanOrEqualTo(3_000);
        Map<String, List<String>> rows = ledger.readModelRows();

        // The same processor, its states cached: the second half of the journal again.
        TrackingEventProcessor processor = ReadSide.processor(ledger.axon);
        processor.shutDown();
        long from = journalSize / 2;
        setTokenBackTo(new JournalPosition(from - 1));
        AtomicLong delivered = new AtomicLong();
        Registration counting = processor.registerHandlerInterceptor((unitOfWork, chain) -> {
            delivered.incrementAndGet();
            return chain.proceed();
        });
        processor.start();
        ledger.awaitCaughtUp();
        counting.cancel();

        assertThat(delivered).as("events delivered again").hasValue(journalSize - from);
        assertSameRows(ledger.readModelRows(), rows);

        // Another application instance, nothing cached: the whole journal again, every state read back from its row.
        processor.shutDown();
        setTokenBackTo(JournalPosition.TAIL);
        Configuration restarted = ledger.startInstance();
        try {
            ledger.awaitCaughtUp(restarted);
            assertSameRows(ledger.readModelRows(), rows);
        } finally {
            restarted.shutdown();
        }
    }

    /** What the processor has applied, as its token says: the events after {@code token} are delivered on start. */
    private void setTokenBackTo(TrackingToken token) {
        tokens.storeToken(token, ReadSide.PROCESSOR, 0);
        tokens.releaseClaim(ReadSide.PROCESSOR, 0);
    }
}
