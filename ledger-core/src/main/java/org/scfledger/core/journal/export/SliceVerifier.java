package org.scfledger.core.journal.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.RecordEncoding;
import org.scfledger.crypto.Hasher;
import org.scfledger.crypto.LedgerPublicKey;
import org.scfledger.crypto.MerkleTree;

/**
 * Verifies a slice offline with nothing but the ledger's public key, as docs/journal-format.md ("Slices") describes:
 * the anchor checkpoint's signature; each record's hash and its inclusion proof against the anchor's root; that each
 * record is in the slice's scope; and that each aggregate in it runs without a gap from its first record. Streams:
 * memory holds the longest line and, per aggregate in the slice, its id and last sequence.
 *
 * <p>Bad content never throws: it yields the first bad position (or the header, or the checkpoint) and a reason.
 * Only the stream itself failing throws {@link IOException}.
 */
public final class SliceVerifier {

    private final LedgerPublicKey trustedKey;
    private final SliceScope.Parser scopes;

    /** {@code trustedKey} is the key the auditor holds; {@code scopes} reads the scopes this verifier knows. */
    public SliceVerifier(LedgerPublicKey trustedKey, SliceScope.Parser scopes) {
        this.trustedKey = trustedKey;
        this.scopes = scopes;
    }

    public SliceVerificationResult verify(InputStream slice, ExportProgress progress) throws IOException {
        return verify(slice, progress, ExportVisitor.none());
    }

    /**
     * Verifies {@code slice}, handing {@code visitor} the anchor checkpoint once it verifies (its answer is not asked: a
     * slice has one checkpoint, before its records), then each record once its hash, proof and scope check out. The
     * visitor's {@code begin} is not called: a slice has no export header.
     */
    public SliceVerificationResult verify(InputStream slice, ExportProgress progress, ExportVisitor visitor) throws IOException {
        var reader = new ExportLineReader(slice);
        try {
            var header = header(reader);
            var anchor = anchor(reader, header);
            visitor.checkpoint(anchor);
            return new Records(reader, header, anchor, progress, visitor).verify();
        } catch (Failed failed) {
            return SliceVerificationResult.failed(failed.failure);
        }
    }

    private SliceHeader header(ExportLineReader reader) throws IOException, Failed {
        SliceHeader header;
        try {
            if (!reader.next()) {
                throw new Failed(VerificationFailure.header("the slice is empty"));
            }
            if (!reader.terminated()) {
                throw new Failed(VerificationFailure.header("the slice is cut off in its first line"));
            }
            header = SliceHeader.parse(reader.copyOfLine(), scopes);
        } catch (MalformedLine malformed) {
            throw new Failed(VerificationFailure.header(malformed.getMessage()));
        }
        String untrusted = TrustedKey.headerProblem(trustedKey, "slice", header.keyFingerprint(), header.publicKeyPem(),
                header.suite());
        if (untrusted != null) {
            throw new Failed(VerificationFailure.header(untrusted));
        }
        return header;
    }

    /** The second line: the checkpoint every record's proof ends in. */
    private Checkpoint anchor(ExportLineReader reader, SliceHeader header) throws IOException, Failed {
        CheckpointLine line;
        try {
            if (!reader.next()) {
                throw new Failed(VerificationFailure.anchor("the slice ends after its header, without its checkpoint"));
            }
            if (!reader.terminated()) {
                throw new Failed(VerificationFailure.anchor("the slice is cut off in the middle of its checkpoint's line"));
            }
            line = CheckpointLine.parse(reader.copyOfLine());
        } catch (MalformedLine malformed) {
            throw new Failed(VerificationFailure.anchor("the second line is not the anchor checkpoint: " + malformed.getMessage()));
        }
        var checkpoint = line.checkpoint();
        String unsigned = TrustedKey.checkpointProblem(trustedKey, "slice", header.suite(), line);
        if (unsigned != null) {
            throw new Failed(VerificationFailure.checkpoint(checkpoint.number(), unsigned));
        }
        if (checkpoint.treeSize() != header.treeSize()) {
            throw new Failed(VerificationFailure.checkpoint(checkpoint.number(), "checkpoint covers " + checkpoint.treeSize()
                    + " records but the slice's header says its tree has " + header.treeSize()));
        }
        return checkpoint;
    }

    /** One pass over the record lines; holds the scope's tracker and each aggregate's last sequence. */
    private static final class Records {

        private final ExportLineReader reader;
        private final SliceHeader header;
        private final Checkpoint anchor;
        private final ExportProgress progress;
        private final ExportVisitor visitor;
        private final SliceScope.Tracker scope;
        private final int hexLength;
        private final Hasher recordHasher;
        private final MerkleTree tree;
        /** Each aggregate met in the slice, and the sequence of its last record so far. */
        private final Map<String, Long> sequences = new HashMap<>();
        private long count;
        private long lastPosition = -1;
        private byte[] lastHash = new byte[0];

        Records(ExportLineReader reader, SliceHeader header, Checkpoint anchor, ExportProgress progress, ExportVisitor visitor) {
            this.reader = reader;
            this.header = header;
            this.anchor = anchor;
            this.progress = progress;
            this.visitor = visitor;
            this.scope = header.scope().tracker();
            this.hexLength = 2 * header.suite().hash().digestLength();
            this.recordHasher = header.suite().hash().newHasher();
            this.tree = new MerkleTree(header.suite().hash());
        }

        SliceVerificationResult verify() throws IOException, Failed {
            while (next()) {
                if (!reader.terminated()) {
                    throw failAt(following(), "the slice is cut off in the middle of the line after " + lastGood());
                }
                record(reader.buffer(), reader.lineStart(), reader.lineEnd());
            }
            if (count < header.records()) {
                throw failAt(following(), "the slice ends after " + count + " of the " + header.records()
                        + " records its header promises");
            }
            progress.update(count, header.records());
            return SliceVerificationResult.ok(new VerifiedSlice(count, sequences.size(), header.scope(), anchor,
                    header.suite(), header.keyFingerprint(), header.createdAt()));
        }

        private void record(byte[] bytes, int start, int end) throws Failed {
            SliceRecordLine line;
            try {
                line = SliceRecordLine.parse(bytes, start, end, hexLength);
            } catch (MalformedLine malformed) {
                throw failAt(following(), "the line after " + lastGood() + " is not a slice record line: " + malformed.getMessage());
            }
            RecordLine shape = line.record();
            long position = shape.position();
            if (count == header.records()) {
                throw failAt(position, "the header promises " + header.records() + " records but the slice holds more");
            }
            if (position <= lastPosition) {
                throw failAt(position, "position " + position + " follows position " + lastPosition
                        + ": a slice's records are in increasing position order");
            }
            if (position >= header.treeSize()) {
                throw failAt(position, "position " + position + " is beyond the anchor checkpoint's tree of "
                        + header.treeSize() + " records");
            }
            byte[] hash = recordHasher.update(bytes, shape.recordStart(), shape.recordEnd() - shape.recordStart()).digest();
            if (!HexText.spells(bytes, shape.hashHex(), hash)) {
                throw failAt(position, "record content does not match its hash");
            }
            if (!tree.verifyInclusion(position, header.treeSize(), tree.leafHash(hash), line.proof(bytes, hexLength),
                    anchor.rootHash())) {
                throw failAt(position, "the inclusion proof does not lead to the root checkpoint " + anchor.number()
                        + " signs: this record is not the ledger's at this position");
            }
            if (lastPosition >= 0 && position == lastPosition + 1 && !HexText.spells(bytes, shape.prevHashHex(), lastHash)) {
                throw failAt(position, "its prevHash is not the hash of position " + lastPosition + ", the record before it");
            }
            var record = decode(bytes, shape, hash);
            inScope(record);
            visitor.record(new ExportedRecord(bytes, shape.recordStart(), shape.recordEnd(), position, hash));
            count++;
            lastPosition = position;
            lastHash = hash;
            if (count % ExportVerifier.PROGRESS_INTERVAL == 0) {
                progress.update(count, header.records());
            }
        }

        private JournalRecord decode(byte[] bytes, RecordLine shape, byte[] hash) throws Failed {
            try {
                var record = RecordEncoding.decode(bytes, shape.recordStart(), shape.recordEnd(), hash);
                if (record.position() == shape.position()) {
                    return record;
                }
            } catch (IllegalArgumentException e) {
                throw failAt(shape.position(), "the record is not a record's encoding: " + e.getMessage());
            }
            throw failAt(shape.position(), "the record is not a record's encoding: its position is not its last but one field");
        }

        /** The scope's rule, then the aggregate's continuity: its first record in the slice is its first, and none is skipped. */
        private void inScope(JournalRecord record) throws Failed {
            long position = record.position();
            String aggregate = record.aggregateId();
            Long last = aggregate == null ? null : sequences.get(aggregate);
            if (!scope.admits(record)) {
                String why = aggregate != null && last == null && record.aggregateSequence() > 0
                        ? ": nothing before it in the slice places aggregate " + aggregate + " in scope (its first record is not in the slice)"
                        : "";
                throw failAt(position, "the record is outside the slice's scope (" + header.scope().describe() + ")" + why);
            }
            if (aggregate == null) {
                return;
            }
            long sequence = record.aggregateSequence();
            if (last == null && sequence != 0) {
                throw failAt(position, "aggregate " + aggregate + " begins at sequence " + sequence
                        + " in the slice: its records from sequence 0 are missing from it");
            }
            if (last != null && sequence != last + 1) {
                throw failAt(position, "aggregate " + aggregate + " jumps from sequence " + last + " to " + sequence
                        + ": a record of it is missing from the slice");
            }
            sequences.put(aggregate, sequence);
        }

        /** Where a line that cannot be read is reported: the position after the last good record. */
        private long following() {
            return lastPosition + 1;
        }

        private String lastGood() {
            return lastPosition < 0 ? "the checkpoint" : "position " + lastPosition;
        }

        private boolean next() throws IOException, Failed {
            try {
                return reader.next();
            } catch (MalformedLine malformed) {
                throw failAt(following(), "the line after " + lastGood() + ": " + malformed.getMessage());
            }
        }
    }

    private static Failed failAt(long position, String reason) {
        return new Failed(VerificationFailure.position(position, reason));
    }

    /** Unwinds the verification at the first failure; never escapes {@link #verify}. */
    private static final class Failed extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient VerificationFailure failure;

        Failed(VerificationFailure failure) {
            super(failure.describe(), null, false, false);
            this.failure = failure;
        }
    }
}
