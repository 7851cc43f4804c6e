package org.scfledger.projections;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.scfledger.core.journal.TokenTable;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.projections.live.JdbcTransactions;
import org.scfledger.projections.live.LiveProjector;
import org.scfledger.projections.live.LiveTables;
import org.scfledger.projections.query.ReadModelQueries;
import org.scfledger.projections.query.ReadModelQueryHandlers;

/**
 * The read side in an Axon configuration: one tracking processor, {@value #PROCESSOR}, that keeps every live read
 * model (its token in {@code token_entry}, committed with the rows it wrote), and the query handlers.
 */
public final class ReadSide {

    public static final String PROCESSOR = "read-models";
    /**
     * Most events in one batch, written with the token in one transaction. Tailing the journal, a batch holds what
     * arrived since the last one (a few to a few hundred events); behind it (a rebuild, a backlog), a large batch writes
     * each entity once for all its events in the batch. A rebuild of 1,000,000 events took 62 s at 20,000 and 72 s at
     * 10,000 (163 s at 500, with the states as jsonb), with at most about 370 MB of heap in use after a collection
     * either way (docs/benchmarks.md, "Read side").
     */
    public static final int BATCH_SIZE = 20_000;

    private ReadSide() {
    }

    public static Configurer register(Configurer configurer, DataSource dataSource, Clock clock) {
        JdbcTransactions transactions = new JdbcTransactions(dataSource);
        LiveProjector projector = new LiveProjector(transactions, LiveTables.ALL);
        configurer.eventProcessing()
                .registerTrackingEventProcessor(PROCESSOR, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(BATCH_SIZE))
                .registerTokenStore(PROCESSOR, c -> JdbcTokenStore.builder().connectionProvider(transactions)
                        .serializer(LedgerJson.serializer()).schema(TokenTable.SCHEMA).build())
                .registerTransactionManager(PROCESSOR, c -> transactions)
                .registerEventHandler(c -> projector)
                .assignHandlerInstancesMatching(PROCESSOR, handler -> handler == projector);
        configurer.registerQueryHandler(c -> new ReadModelQueryHandlers(new ReadModelQueries(dataSource), clock));
        return configurer;
    }

    public static TrackingEventProcessor processor(Configuration axon) {
        return axon.eventProcessingConfiguration().eventProcessor(PROCESSOR, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("The read side is not registered"));
    }

    /** How far the read models have applied the journal, and whether they are rebuilding. */
    public static ReadSideProgress progress(Configuration axon, long journalSize) {
        Map<Integer, EventTrackerStatus> status = processor(axon).processingStatus();
        OptionalLong applied = status.values().stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
        boolean replaying = status.values().stream().anyMatch(ReadSide::stillReplaying);
        return new ReadSideProgress(applied.isPresent() ? applied.getAsLong() + 1 : 0, journalSize, replaying);
    }

    /**
     * Whether a segment has not yet replayed what the rebuild has to: Axon keeps a segment's replay flag until it
     * handles an event <em>after</em> its reset position, so on a quiet journal a finished rebuild would be reported
     * as running for ever. A segment that reached its reset position is done.
     */
    private static boolean stillReplaying(EventTrackerStatus status) {
        if (!status.isReplaying()) {
            return false;
        }
        OptionalLong at = status.getCurrentPosition();
        OptionalLong reset = status.getResetPosition();
        return at.isEmpty() || reset.isEmpty() || at.getAsLong() < reset.getAsLong();
    }

    /**
     * Drops the read models and rebuilds them from the journal's first event: the processor stops, its token is
     * reset (the projector empties the tables in the same transaction) and it starts again. Follow it with
     * {@link #progress}.
     */
    public static void rebuild(Configuration axon) {
        TrackingEventProcessor processor = processor(axon);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }
}
