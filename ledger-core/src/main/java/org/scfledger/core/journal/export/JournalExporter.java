package org.scfledger.core.journal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.LedgerSigner;

/**
 * Writes the journal, up to a checkpoint, as an export (docs/journal-format.md). Streams: memory stays at one
 * batch of records and one of checkpoints, whatever the journal's size. It copies what the database holds
 * without judging it, so that a tampered journal yields an export the verifier rejects.
 */
public final class JournalExporter {

    static final int RECORD_BATCH = 5_000;
    static final int CHECKPOINT_BATCH = 1_000;

    private final Journal journal;
    private final LedgerSigner signer;
    private final Checkpoints checkpoints;
    private final Clock clock;

    public JournalExporter(Journal journal, LedgerSigner signer, Clock clock) {
        this.journal = journal;
        this.signer = signer;
        this.checkpoints = new Checkpoints(journal, signer, clock);
        this.clock = clock;
    }

    /** Exports up to the latest checkpoint, signing a new one first if the journal grew since. */
    public ExportSummary export(OutputStream out, ExportProgress progress) throws IOException {
        return export(checkpoints.current(), out, progress);
    }

    /** Exports up to the checkpoint numbered {@code checkpointNumber}, which ends the export. */
    public ExportSummary export(long checkpointNumber, OutputStream out, ExportProgress progress) throws IOException {
        var last = checkpoints.byNumber(checkpointNumber)
                .orElseThrow(() -> new IllegalArgumentException("the ledger has no checkpoint " + checkpointNumber));
        return export(last, out, progress);
    }

    private ExportSummary export(Checkpoint last, OutputStream out, ExportProgress progress) throws IOException {
        var writer = new ExportWriter(out);
        var key = signer.publicKey();
        long size = last.treeSize();
        writer.header(new ExportHeader(JournalRecord.journalTime(clock.instant()), key.fingerprint(), key.toPem(),
                journal.suite(), size));
        var pending = new CheckpointCursor(last.number(), writer);
        pending.writeCovering(0);
        long records = 0;
        long next = 0;
        while (next < size) {
            var batch = journal.records(next, size, RECORD_BATCH);
            if (batch.isEmpty()) {
                break; // rows are missing at the end: the verifier will say which
            }
            for (var record : batch) {
                writer.record(record);
                pending.writeCovering(record.position() + 1);
            }
            records += batch.size();
            next = batch.get(batch.size() - 1).position() + 1;
            progress.update(records, size);
        }
        pending.writeRest();
        writer.flush();
        progress.update(records, size);
        return new ExportSummary(records, pending.written, last);
    }

    /** Checkpoints 0 to the last, read in batches, each written right after the record its tree ends with. */
    private final class CheckpointCursor {

        private final long lastNumber;
        private final ExportWriter writer;
        private final ArrayDeque<Checkpoint> batch = new ArrayDeque<>();
        private long nextNumber;
        private long written;

        CheckpointCursor(long lastNumber, ExportWriter writer) {
            this.lastNumber = lastNumber;
            this.writer = writer;
        }

        void writeCovering(long treeSize) throws IOException {
            for (var checkpoint = peek(); checkpoint != null && checkpoint.treeSize() <= treeSize; checkpoint = peek()) {
                writer.checkpoint(batch.poll());
                written++;
            }
        }

        void writeRest() throws IOException {
            writeCovering(Long.MAX_VALUE);
        }

        private @Nullable Checkpoint peek() {
            if (batch.isEmpty() && nextNumber <= lastNumber) {
                for (var checkpoint : checkpoints.list(nextNumber, CHECKPOINT_BATCH)) {
                    if (checkpoint.number() <= lastNumber) {
                        batch.add(checkpoint);
                    }
                }
                nextNumber = batch.isEmpty() ? lastNumber + 1 : batch.peekLast().number() + 1;
            }
            return batch.peek();
        }
    }
}
