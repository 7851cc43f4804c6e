package org.scfledger.core.journal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.crypto.AlgorithmSuite;

/**
 * The slicer on a journal of some twelve thousand records, with a scope that knows nothing of the ledger's business:
 * both reads and the proofs run over several batches, and the slice holds exactly the admitted aggregates' records.
 */
class JournalSlicerIT {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC);

    record Shipment(String shipmentId, String note) {
    }

    record Heartbeat(long beat) {
    }

    /** Shipments whose first record's note is "keep": a rule that, like the ledger's, is decided by first records. */
    record Kept() implements SliceScope {

        @Override
        public String toJson() {
            return "{\"note\":\"keep\"}";
        }

        @Override
        public String describe() {
            return "kept shipments";
        }

        @Override
        public Tracker tracker() {
            Set<String> kept = new HashSet<>();
            return record -> {
                if (record.aggregateId() == null) {
                    return false;
                }
                if (record.aggregateSequence() == 0 && new String(record.payload(), StandardCharsets.UTF_8).contains("\"note\":\"keep\"")) {
                    kept.add(record.aggregateId());
                }
                return kept.contains(record.aggregateId());
            };
        }

        static SliceScope parse(String json) {
            if (!json.equals(new Kept().toJson())) {
                throw new IllegalArgumentException("not a kept scope: " + json);
            }
            return new Kept();
        }
    }

    @TempDir
    Path keys;

    final JournalDatabase database = JournalDatabase.create();
    Journal journal;

    @AfterEach
    void close() {
        if (journal != null) {
            journal.close();
        }
        database.close();
    }

    @Test
    void a_slice_over_several_batches_holds_exactly_its_scope_and_verifies() throws IOException {
        journal = Journal.open(database.app(), JournalSettings.defaults());
        var signer = LedgerSigner.loadOrCreate(keys, AlgorithmSuite.SHA256_ED25519);
        var engine = HashChainedEventStorageEngine.builder().journal(journal)
                .eventSerializer(JacksonSerializer.defaultSerializer()).build();
        append(engine, 0, 150);
        var earlier = new Checkpoints(journal, signer, CLOCK).take();
        append(engine, 150, 150);
        long size = journal.head().size();
        assertThat(size).as("more than two batches").isGreaterThan(2L * JournalSlicer.RECORD_BATCH);

        var progress = new ArrayList<long[]>();
        var out = new ByteArrayOutputStream();
        var summary = new JournalSlicer(journal, signer, CLOCK).slice(new Kept(), out,
                (records, total) -> progress.add(new long[] {records, total}));

        List<Long> expected = keptPositions(size);
        assertThat(summary.anchor().treeSize()).isEqualTo(size);
        assertThat(summary.records()).isEqualTo(expected.size());
        // progress counts the journal records read over both passes, of twice the tree size, and never goes back
        assertThat(progress.get(progress.size() - 1)).containsExactly(2 * size, 2 * size);
        assertThat(progress).allSatisfy(update -> assertThat(update[1]).isEqualTo(2 * size));
        assertThat(progress.stream().mapToLong(update -> update[0]).toArray()).isSorted();
        assertThat(progress.stream().filter(update -> update[0] <= size)).as("the first read, batch by batch").hasSizeGreaterThan(2);
        assertThat(progress.stream().filter(update -> update[0] > size && update[0] < 2 * size))
                .as("the second read, batch by batch").hasSizeGreaterThan(1);
        var seen = new ArrayList<Long>();
        var result = new SliceVerifier(signer.publicKey(), Kept::parse).verify(new ByteArrayInputStream(out.toByteArray()),
                ExportProgress.none(), new ExportVisitor() {
                    @Override
                    public void record(ExportedRecord record) {
                        seen.add(record.position());
                    }

                    @Override
                    public boolean checkpoint(org.scfledger.core.journal.Checkpoint checkpoint) {
                        return false;
                    }
                });
        assertThat(result.failure()).isNull();
        assertThat(result.verified().records()).isEqualTo(expected.size());
        assertThat(result.verified().aggregates()).isEqualTo(300 * 20 / 4);
        assertThat(seen).isEqualTo(expected);

        var upToEarlier = new ByteArrayOutputStream();
        var partial = new JournalSlicer(journal, signer, CLOCK).slice(new Kept(), earlier.number(), upToEarlier, ExportProgress.none());
        assertThat(partial.records()).isEqualTo(keptPositions(earlier.treeSize()).size());
        var partialResult = new SliceVerifier(signer.publicKey(), Kept::parse)
                .verify(new ByteArrayInputStream(upToEarlier.toByteArray()), ExportProgress.none());
        assertThat(partialResult.failure()).isNull();
        assertThat(partialResult.verified().anchor()).isEqualTo(earlier);
    }

    /** Units of twenty shipments of one to three records each, every fifth unit with a heartbeat of no aggregate. */
    static void append(HashChainedEventStorageEngine engine, int firstUnit, int units) {
        for (int u = firstUnit; u < firstUnit + units; u++) {
            var unit = new ArrayList<EventMessage<?>>();
            for (int a = 0; a < 20; a++) {
                int number = u * 20 + a;
                String id = "shipment-" + number;
                for (int s = 0; s <= number % 3; s++) {
                    String note = s > 0 ? "later " + s : number % 4 == 0 ? "keep" : "skip";
                    unit.add(new GenericDomainEventMessage<>("Shipment", id, s, new Shipment(id, note)));
                }
            }
            if (u % 5 == 0) {
                unit.add(GenericEventMessage.asEventMessage(new Heartbeat(u)));
            }
            engine.appendEvents(unit);
        }
    }

    /** The positions of the records of shipments numbered a multiple of four, read from the journal. */
    List<Long> keptPositions(long size) {
        var positions = new ArrayList<Long>();
        for (long next = 0; next < size; ) {
            List<JournalRecord> batch = journal.records(next, size, 10_000);
            for (var record : batch) {
                String id = record.aggregateId();
                if (id != null && Integer.parseInt(id.substring("shipment-".length())) % 4 == 0) {
                    positions.add(record.position());
                }
            }
            next = batch.get(batch.size() - 1).position() + 1;
        }
        return positions;
    }
}
