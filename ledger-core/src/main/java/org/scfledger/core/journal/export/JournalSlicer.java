package org.scfledger.core.journal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.crypto.MerkleTree;
import org.scfledger.crypto.NodeId;

/**
 * Writes the records of one scope, up to a checkpoint, as a slice (docs/journal-format.md, "Slices"): each with its
 * inclusion proof in the tree that checkpoint signs. Two reads: the first decides, with the scope's tracker, which
 * positions are in the slice (its header states how many); the second reads only from those positions on, in batches,
 * and loads the Merkle nodes of a whole batch's proofs in one query. Memory: one batch, the tracker's set of aggregates,
 * and eight bytes per record in the slice. Like the exporter, it copies what the database holds without judging it.
 */
public final class JournalSlicer {

    static final int RECORD_BATCH = 5_000;

    private final Journal journal;
    private final LedgerSigner signer;
    private final Checkpoints checkpoints;
    private final Clock clock;

    public JournalSlicer(Journal journal, LedgerSigner signer, Clock clock) {
        this.journal = journal;
        this.signer = signer;
        this.checkpoints = new Checkpoints(journal, signer, clock);
        this.clock = clock;
    }

    /** Slices up to the latest checkpoint, signing a new one first if the journal grew since. */
    public SliceSummary slice(SliceScope scope, OutputStream out, ExportProgress progress) throws IOException {
        return slice(scope, checkpoints.current(), out, progress);
    }

    /** Slices up to the checkpoint numbered {@code checkpointNumber}, which every proof ends in. */
    public SliceSummary slice(SliceScope scope, long checkpointNumber, OutputStream out, ExportProgress progress) throws IOException {
        var anchor = checkpoints.byNumber(checkpointNumber)
                .orElseThrow(() -> new IllegalArgumentException("the ledger has no checkpoint " + checkpointNumber));
        return slice(scope, anchor, out, progress);
    }

    /**
     * Reads the journal twice: once to find the positions in scope (the header states their count first), once to write
     * them with their proofs. Progress counts the journal records read over both passes, of twice the tree size.
     */
    private SliceSummary slice(SliceScope scope, Checkpoint anchor, OutputStream out, ExportProgress progress) throws IOException {
        long size = anchor.treeSize();
        var positions = positionsInScope(scope, size, progress);
        if (positions.size() == 0) {
            throw new IllegalArgumentException("no record up to checkpoint " + anchor.number() + " is in the scope of "
                    + scope.describe() + ": is the id right?");
        }
        var writer = new SliceWriter(out);
        var key = signer.publicKey();
        writer.header(new SliceHeader(JournalRecord.journalTime(clock.instant()), key.fingerprint(), key.toPem(), journal.suite(),
                size, positions.size(), scope));
        writer.checkpoint(anchor);
        long written = 0;
        int next = 0;
        while (next < positions.size()) {
            var batch = journal.records(positions.get(next), size, RECORD_BATCH);
            if (batch.isEmpty()) {
                break; // rows are missing: the verifier will say where
            }
            var included = new ArrayList<JournalRecord>();
            for (var record : batch) {
                while (next < positions.size() && positions.get(next) < record.position()) {
                    next++; // a row gone since the first read: the slice comes up short, and the verifier says so
                }
                if (next < positions.size() && positions.get(next) == record.position()) {
                    included.add(record);
                    next++;
                }
            }
            write(writer, included, size);
            written += included.size();
            progress.update(size + batch.get(batch.size() - 1).position() + 1, 2 * size);
        }
        writer.flush();
        progress.update(2 * size, 2 * size);
        return new SliceSummary(written, anchor);
    }

    /** The first read: every record up to {@code size} shown to a fresh tracker, in position order. */
    private Positions positionsInScope(SliceScope scope, long size, ExportProgress progress) {
        var tracker = scope.tracker();
        var positions = new Positions();
        long next = 0;
        while (next < size) {
            var batch = journal.records(next, size, RECORD_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (var record : batch) {
                if (tracker.admits(record)) {
                    positions.add(record.position());
                }
            }
            next = batch.get(batch.size() - 1).position() + 1;
            progress.update(next, 2 * size);
        }
        return positions;
    }

    /** One query for the nodes of every proof in the batch, then each proof from them. */
    private void write(SliceWriter writer, List<JournalRecord> records, long size) throws IOException {
        MerkleTree tree = journal.tree();
        Set<NodeId> wanted = new HashSet<>();
        for (var record : records) {
            wanted.addAll(tree.nodesForInclusion(record.position(), size));
        }
        Map<NodeId, byte[]> nodes = journal.subtrees().load(wanted);
        for (var record : records) {
            writer.record(record, tree.inclusionProof(record.position(), size, needed -> nodes));
        }
    }

    /** A growing list of positions, eight bytes each. */
    private static final class Positions {

        private long[] values = new long[1024];
        private int size;

        void add(long position) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        long get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }
    }
}
