package org.scfledger.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.testing.JournalDatabase;

/** Axon's tracking processors on the journal: every event once, in order; resetTokens replays from the start. */
class TrackingIT {

    JournalDatabase database = JournalDatabase.create(24);
    Journal journal = Journal.open(database.app(), JournalSettings.defaults().withReadBatchSize(100));
    org.axonframework.config.Configuration axon;

    /** An event handler that remembers the position of everything it sees. */
    static final class Seen {
        final List<Long> positions = Collections.synchronizedList(new ArrayList<>());

        @EventHandler
        void on(Events.InvoiceRegistered event, TrackingToken token) {
            positions.add(((JournalPosition) token).index());
        }
    }

    @AfterEach
    void close() {
        if (axon != null) {
            axon.shutdown();
        }
        journal.close();
        database.close();
    }

    @Test
    void a_tracking_processor_sees_every_event_once_in_order_and_replays_after_a_reset() throws Exception {
        var seen = new Seen();
        var engine = HashChainedEventStorageEngine.builder().journal(journal)
                .eventSerializer(Events.SERIALIZER).snapshotSerializer(Events.SERIALIZER).build();
        var tokens = JdbcTokenStore.builder()
                .connectionProvider(new DataSourceConnectionProvider(database.app()))
                .serializer(Events.SERIALIZER)
                .schema(TokenSchema.builder().setTokenTable("token_entry").setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment").setTokenColumn("token").setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp").setOwnerColumn("owner").build())
                .build();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> Events.SERIALIZER)
                .configureEventStore(c -> EmbeddedEventStore.builder().storageEngine(engine).build())
                .registerComponent(org.axonframework.eventhandling.tokenstore.TokenStore.class, c -> tokens);
        configurer.eventProcessing()
                .registerTrackingEventProcessor("positions", c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(50))
                .registerEventHandler(c -> seen)
                .assignHandlerInstancesMatching("positions", handler -> true);
        axon = configurer.start();

        int writers = 8;
        int perWriter = 150;
        var pool = Executors.newFixedThreadPool(writers);
        var futures = new ArrayList<Future<?>>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    axon.eventStore().publish(Events.invoice("inv-" + writer + "-" + i, 0));
                }
            }));
        }
        for (var future : futures) {
            future.get();
        }
        pool.shutdown();
        int total = writers * perWriter;
        await(() -> seen.positions.size() >= total);
        Thread.sleep(300); // a duplicate would show up now
        var expected = java.util.stream.LongStream.range(0, total).boxed().toList();
        assertThat(seen.positions).isEqualTo(expected);

        var processor = axon.eventProcessingConfiguration()
                .eventProcessor("positions", StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await(() -> seen.positions.size() >= 2 * total);
        Thread.sleep(300);
        assertThat(seen.positions).hasSize(2 * total);
        assertThat(seen.positions.subList(total, 2 * total)).isEqualTo(expected);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(20);
        }
    }
}
