package org.scfledger.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.crypto.AlgorithmSuite;

class JournalIT {

    JournalDatabase database;
    List<AutoCloseable> closing = new ArrayList<>();

    @BeforeEach
    void createDatabase() {
        database = JournalDatabase.create(24);
    }

    @AfterEach
    void close() throws Exception {
        for (var closeable : closing) {
            closeable.close();
        }
        database.close();
    }

    HashChainedEventStorageEngine engine(JournalSettings settings) {
        var journal = Journal.open(database.app(), settings);
        closing.add(journal);
        return HashChainedEventStorageEngine.builder().journal(journal)
                .eventSerializer(Events.SERIALIZER).snapshotSerializer(Events.SERIALIZER).build();
    }

    HashChainedEventStorageEngine engine() {
        return engine(JournalSettings.defaults());
    }

    @Test
    void events_round_trip_through_axon_with_positions_from_zero() {
        var engine = engine();
        engine.appendEvents(Events.invoice("inv-1", 0), Events.invoice("inv-1", 1));
        engine.appendEvents(Events.heartbeat(7));

        var tracked = engine.readEvents(null, false).toList();
        assertThat(tracked).hasSize(3);
        assertThat(tracked).extracting(event -> ((JournalPosition) event.trackingToken()).index()).containsExactly(0L, 1L, 2L);
        assertThat(tracked.get(0).getPayload()).isInstanceOf(Events.InvoiceRegistered.class);
        assertThat(((Events.InvoiceRegistered) tracked.get(1).getPayload()).invoiceNumber()).isEqualTo("00000001");
        assertThat(tracked.get(1).getMetaData()).containsEntry("actingParty", "supplier-7");
        assertThat(tracked.get(2)).isNotInstanceOf(DomainEventMessage.class);
        assertThat(((Events.Heartbeat) tracked.get(2).getPayload()).beat()).isEqualTo(7);

        var stream = engine.readEvents("inv-1", 1).asStream().toList();
        assertThat(stream).singleElement().satisfies(event -> assertThat(event.getSequenceNumber()).isEqualTo(1));
        assertThat(engine.lastSequenceNumberFor("inv-1")).contains(1L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();

        assertThat(engine.createHeadToken()).isEqualTo(new JournalPosition(2));
        assertThat(engine.createTailToken()).isEqualTo(JournalPosition.TAIL);
        assertThat(engine.readEvents(new JournalPosition(1), false).toList()).hasSize(1);
        JournalChecks.assertIntact(engine.journal());
    }

    @Test
    void a_long_stream_is_read_in_bounded_batches_without_losing_an_event() {
        var engine = engine(JournalSettings.defaults().withReadBatchSize(7));
        for (int i = 0; i < 50; i++) {
            engine.appendEvents(Events.invoice("inv-long", i));
        }
        assertThat(engine.readEvents(null, false).count()).isEqualTo(50);
        assertThat(engine.readEvents("inv-long", 0).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .isEqualTo(java.util.stream.LongStream.range(0, 50).boxed().toList());
    }

    @Test
    void concurrent_appenders_on_two_journal_instances_never_leave_a_gap_a_fork_or_a_duplicate() throws Exception {
        var first = engine();
        var second = engine();
        int threads = 16;
        int unitsPerThread = 60;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var futures = new ArrayList<Future<?>>();
        var written = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            var engine = t % 2 == 0 ? first : second;
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int u = 0; u < unitsPerThread; u++) {
                    String id = "inv-" + thread + "-" + u;
                    int size = 1 + (u % 3);
                    var unit = new ArrayList<EventMessage<?>>();
                    for (int s = 0; s < size; s++) {
                        unit.add(Events.invoice(id, s));
                    }
                    engine.appendEvents(unit);
                    written.addAndGet(size);
                }
            }));
        }
        for (var future : futures) {
            future.get();
        }
        pool.shutdown();

        var records = JournalChecks.assertIntact(first.journal());
        assertThat(records).hasSize(written.get());
        assertThat(records.stream().map(JournalRecord::eventId).distinct().count()).isEqualTo(written.get());
        // A unit's events are contiguous: group commit never interleaves two units.
        for (int i = 1; i < records.size(); i++) {
            var previous = records.get(i - 1);
            var current = records.get(i);
            if (current.aggregateSequence() > 0) {
                assertThat(current.aggregateId()).isEqualTo(previous.aggregateId());
                assertThat(current.aggregateSequence()).isEqualTo(previous.aggregateSequence() + 1);
            }
        }
    }

    @Test
    void a_taken_aggregate_sequence_fails_exactly_that_unit_and_the_rest_of_the_batch_commits() throws Exception {
        var engine = engine();
        engine.appendEvents(Events.invoice("inv-existing", 0), Events.invoice("inv-existing", 1));

        int contenders = 40;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var futures = new ArrayList<Future<?>>();
        for (int i = 0; i < contenders; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                try {
                    if (n % 4 == 0) {
                        engine.appendEvents(Events.invoice("inv-same", 0), Events.invoice("inv-same", 1)); // all race for one id
                    } else if (n % 4 == 1) {
                        engine.appendEvents(Events.invoice("inv-existing", 1)); // sequence already taken
                    } else {
                        engine.appendEvents(Events.invoice("inv-free-" + n, 0));
                    }
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }));
        }
        for (var future : futures) {
            future.get();
        }
        pool.shutdown();

        var records = JournalChecks.assertIntact(engine.journal());
        long sameWinners = records.stream().filter(r -> "inv-same".equals(r.aggregateId())).count();
        assertThat(sameWinners).as("one creator of inv-same wins, with both its events").isEqualTo(2);
        assertThat(records.stream().filter(r -> r.aggregateId() != null && r.aggregateId().startsWith("inv-free-")).count())
                .as("every innocent unit committed").isEqualTo(20);
        assertThat(records.stream().filter(r -> "inv-existing".equals(r.aggregateId())).count()).isEqualTo(2);
        assertThat(failures).hasSize(9 + 10);
        assertThat(failures.stream().filter(f -> f instanceof AggregateStreamCreationException).count()).isEqualTo(9);
        assertThat(failures.stream().filter(f -> f instanceof ConcurrencyException && !(f instanceof AggregateStreamCreationException)).count())
                .isEqualTo(10);
        assertThat(records).hasSize(2 + 2 + 20);
    }

    @Test
    void a_unit_that_repeats_its_own_aggregate_sequence_fails_alone() throws Exception {
        var engine = engine();
        engine.appendEvents(Events.heartbeat(0)); // the writer now remembers the head: the fast path is taken next
        var pool = Executors.newFixedThreadPool(4);
        var bad = pool.submit(() -> engine.appendEvents(Events.invoice("inv-twice", 0), Events.invoice("inv-twice", 0)));
        var good = new ArrayList<Future<?>>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            good.add(pool.submit(() -> engine.appendEvents(Events.invoice("inv-good-" + n, 0))));
        }
        assertThatThrownBy(bad::get).hasCauseInstanceOf(AggregateStreamCreationException.class);
        for (var future : good) {
            future.get();
        }
        pool.shutdown();
        var records = JournalChecks.assertIntact(engine.journal());
        assertThat(records).extracting(JournalRecord::aggregateId).containsExactlyInAnyOrder(null, "inv-good-0", "inv-good-1", "inv-good-2");
    }

    @Test
    void the_application_role_can_neither_change_the_journal_nor_disable_its_guards() {
        var engine = engine();
        engine.appendEvents(Events.invoice("inv-guarded", 0));
        for (String statement : List.of(
                "update journal_event set payload = '{}'::bytea",
                "delete from journal_event",
                "truncate journal_event",
                "update merkle_node set hash = hash",
                "delete from journal_checkpoint",
                "alter table journal_event disable trigger all",
                "set session_replication_role = replica",
                "update journal_head set size = 0")) {
            assertThatThrownBy(() -> execute(database.app(), statement)).as(statement).isInstanceOf(SQLException.class);
        }
        // Even the owner is stopped by the triggers unless it disables them on purpose.
        assertThatThrownBy(() -> execute(database.owner(), "delete from journal_event"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        JournalChecks.assertIntact(engine.journal());
    }

    record Counted(long count) {
    }

    record InvoiceState(String invoiceId, long eventsSeen) {
    }

    @Test
    void snapshots_live_beside_the_journal_and_only_a_later_one_replaces_an_earlier_one() {
        var engine = engine();
        engine.appendEvents(Events.invoice("inv-snap", 0), Events.invoice("inv-snap", 1), Events.invoice("inv-snap", 2));
        long journalSize = engine.journal().head().size();

        engine.storeSnapshot(new org.axonframework.eventhandling.GenericDomainEventMessage<>("Invoice", "inv-snap", 1,
                new InvoiceState("inv-snap", 2)));
        engine.storeSnapshot(new org.axonframework.eventhandling.GenericDomainEventMessage<>("Invoice", "inv-snap", 2,
                new InvoiceState("inv-snap", 3)));
        engine.storeSnapshot(new org.axonframework.eventhandling.GenericDomainEventMessage<>("Invoice", "inv-snap", 0,
                new InvoiceState("inv-snap", 1))); // older: ignored

        var snapshot = engine.readSnapshot("inv-snap").orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(2);
        assertThat(snapshot.getPayload()).isEqualTo(new InvoiceState("inv-snap", 3));
        assertThat(engine.readSnapshot("no-such-aggregate")).isEmpty();
        assertThat(engine.journal().head().size()).as("snapshots are not journal records").isEqualTo(journalSize);
        // Axon's event store reads an aggregate from its snapshot on: the snapshot, then only the events after it.
        var eventStore = org.axonframework.eventsourcing.eventstore.EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            engine.appendEvents(Events.invoice("inv-snap", 3));
            assertThat(eventStore.readEvents("inv-snap").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                    .containsExactly(2L, 3L);
            assertThat(eventStore.readEvents("inv-snap").asStream().findFirst().orElseThrow().getPayload())
                    .isEqualTo(new InvoiceState("inv-snap", 3));
        } finally {
            eventStore.shutDown();
        }
    }

    @Test
    void an_event_with_a_number_canonical_json_would_alter_is_refused_and_nothing_is_written() {
        var engine = engine();
        engine.appendEvents(Events.heartbeat(1));
        assertThatThrownBy(() -> engine.appendEvents(Events.invoice("inv-ok", 0),
                        org.axonframework.eventhandling.GenericEventMessage.asEventMessage(new Counted(9_007_199_254_740_993L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9007199254740993").hasMessageContaining("send it as a string");
        assertThat(engine.journal().head().size()).isEqualTo(1);
        engine.appendEvents(org.axonframework.eventhandling.GenericEventMessage.asEventMessage(new Counted(9_007_199_254_740_992L)));
        var stored = engine.readEvents(new JournalPosition(0), false).toList();
        assertThat(((Counted) stored.get(0).getPayload()).count()).isEqualTo(9_007_199_254_740_992L);
    }

    @Test
    void the_suite_is_fixed_when_the_ledger_is_created() {
        var engine = engine(JournalSettings.defaults().withSuite(AlgorithmSuite.SM3_SM2));
        engine.appendEvents(Events.invoice("inv-sm3", 0), Events.heartbeat(1));
        assertThat(engine.journal().suite()).isEqualTo(AlgorithmSuite.SM3_SM2);
        JournalChecks.assertIntact(engine.journal());
        assertThatThrownBy(() -> Journal.open(database.app(), JournalSettings.defaults()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("created with the SM3-SM2 suite");
    }

    @Test
    void a_token_at_an_instant_starts_at_the_first_event_at_or_after_it() throws Exception {
        var engine = engine();
        engine.appendEvents(Events.heartbeat(1));
        Thread.sleep(5);
        var between = java.time.Instant.now();
        Thread.sleep(5);
        engine.appendEvents(Events.heartbeat(2));
        assertThat(engine.createTokenAt(between)).isEqualTo(new JournalPosition(0));
        assertThat(engine.readEvents(engine.createTokenAt(between), false).toList())
                .singleElement().satisfies(event -> assertThat(((Events.Heartbeat) event.getPayload()).beat()).isEqualTo(2));
    }

    private static void execute(javax.sql.DataSource dataSource, String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
