package org.scfledger.core.journal.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.Hasher;
import org.scfledger.crypto.Hex;
import org.scfledger.crypto.LedgerPublicKey;
import org.scfledger.crypto.MerkleAccumulator;
import org.scfledger.crypto.MerkleTree;

/**
 * Verifies an export offline with nothing but the ledger's public key, as docs/journal-format.md describes:
 * every record's position, hash and link; every checkpoint's signature, tree size, Merkle root and head; and
 * that the last checkpoint covers every record. Streams in O(log n) memory (plus the longest line).
 *
 * <p>Bad content never throws: it yields the first bad position or checkpoint and a reason. Only the stream
 * itself failing throws {@link IOException}.
 */
public final class ExportVerifier {

    /** How often progress is reported, in records: a round number, so that progress lines read well. */
    static final int PROGRESS_INTERVAL = 100_000;
    private static final byte LEAF_PREFIX = 0x00;

    private final LedgerPublicKey trustedKey;

    /** {@code trustedKey} is the key the auditor holds; the key an export names is only compared with it. */
    public ExportVerifier(LedgerPublicKey trustedKey) {
        this.trustedKey = trustedKey;
    }

    public VerificationResult verify(InputStream export, ExportProgress progress) throws IOException {
        return verify(export, progress, ExportVisitor.none());
    }

    /**
     * Verifies {@code export}, handing {@code visitor} each record and checkpoint as it checks out; ends early, and
     * successfully, at the checkpoint the visitor says is enough. The result then speaks for the records up to it.
     */
    public VerificationResult verify(InputStream export, ExportProgress progress, ExportVisitor visitor) throws IOException {
        var reader = new ExportLineReader(export);
        try {
            var header = header(reader);
            visitor.begin(header);
            return new Chain(reader, header, progress, visitor).verify();
        } catch (Failed failed) {
            return VerificationResult.failed(failed.failure);
        }
    }

    private ExportHeader header(ExportLineReader reader) throws IOException, Failed {
        ExportHeader header;
        try {
            if (!reader.next()) {
                throw new Failed(VerificationFailure.header("the export is empty"));
            }
            if (!reader.terminated()) {
                throw new Failed(VerificationFailure.header("the export is cut off in its first line"));
            }
            header = ExportHeader.parse(reader.copyOfLine());
        } catch (MalformedLine malformed) {
            throw new Failed(VerificationFailure.header(malformed.getMessage()));
        }
        String untrusted = TrustedKey.headerProblem(trustedKey, "export", header.keyFingerprint(), header.publicKeyPem(),
                header.suite());
        if (untrusted != null) {
            throw new Failed(VerificationFailure.header(untrusted));
        }
        return header;
    }

    /** One pass over the lines after the header; holds O(log n) state. */
    private final class Chain {

        private final ExportLineReader reader;
        private final ExportHeader header;
        private final ExportProgress progress;
        private final ExportVisitor visitor;
        private final AlgorithmSuite suite;
        private final int hexLength;
        private final Hasher recordHasher;
        private final Hasher leafHasher;
        private final MerkleTree tree;
        private final MerkleAccumulator accumulator;
        /** The position the next record line must have: also the number of records verified. */
        private long position;
        /** The hash of position - 1 (the genesis, 32 zero bytes, before the first record). */
        private byte[] previous;
        /** The hash of position - 2, or the genesis: what a record written one place earlier links to. */
        private byte[] beforePrevious;
        private long nextCheckpoint;
        private long coveredSize = -1;
        private byte[] coveredRoot;

        Chain(ExportLineReader reader, ExportHeader header, ExportProgress progress, ExportVisitor visitor) {
            this.reader = reader;
            this.header = header;
            this.progress = progress;
            this.visitor = visitor;
            this.suite = header.suite();
            this.hexLength = 2 * suite.hash().digestLength();
            this.recordHasher = suite.hash().newHasher();
            this.leafHasher = suite.hash().newHasher();
            this.tree = new MerkleTree(suite.hash());
            this.accumulator = new MerkleAccumulator(tree);
            this.previous = new byte[suite.hash().digestLength()];
            this.beforePrevious = previous;
            this.coveredRoot = tree.emptyRoot();
        }

        VerificationResult verify() throws IOException, Failed {
            while (next()) {
                byte[] bytes = reader.buffer();
                boolean checkpoint = CheckpointLine.looksLikeOne(bytes, reader.lineStart(), reader.lineEnd());
                if (!reader.terminated()) {
                    throw checkpoint ? failAtCheckpoint(nextCheckpoint, "the export is cut off in the middle of this checkpoint's line")
                            : failAt(position, "the export is cut off in the middle of a line");
                }
                if (checkpoint) {
                    if (checkpoint()) {
                        return verified();
                    }
                } else {
                    record(bytes, reader.lineStart(), reader.lineEnd());
                }
            }
            if (position < header.treeSize()) {
                throw failAt(position, "position " + position + " is missing: the export ends after " + position
                        + " records but its header promises " + header.treeSize());
            }
            if (coveredSize < 0) {
                throw failAt(0, "the export has no checkpoint: nothing in it is signed");
            }
            if (coveredSize < position) {
                throw failAt(coveredSize, "no checkpoint covers the records from position " + coveredSize + " on");
            }
            return verified();
        }

        private VerificationResult verified() {
            progress.update(position, header.treeSize());
            return VerificationResult.ok(new VerifiedExport(position, nextCheckpoint, coveredRoot, previous, suite,
                    trustedKey.fingerprint(), header.createdAt()));
        }

        /** The fast path: no JSON parsing, no copies, two hashes and one amortised node hash per record. */
        private void record(byte[] bytes, int start, int end) throws IOException, Failed {
            if (position == header.treeSize()) {
                throw failAt(position, "the header promises " + header.treeSize() + " records but the export holds more");
            }
            RecordLine line;
            try {
                line = RecordLine.parse(bytes, start, end, hexLength);
            } catch (MalformedLine malformed) {
                throw failAt(position, malformed.getMessage());
            }
            if (line.position() != position) {
                throw outOfPlace(line.position());
            }
            byte[] hash = recordHasher.update(bytes, line.recordStart(), line.recordEnd() - line.recordStart()).digest();
            if (!HexText.spells(bytes, line.hashHex(), hash)) {
                throw notItsHash(reader.copyOfLine());
            }
            if (!HexText.spells(bytes, line.prevHashHex(), previous)) {
                throw brokenLink(HexText.decode(bytes, line.prevHashHex(), hexLength));
            }
            // The RFC 6962 leaf H(0x00 || hash), as MerkleTree.leafHash computes it, on a hasher kept for the run.
            accumulator.append(leafHasher.update(LEAF_PREFIX).update(hash).digest());
            visitor.record(new ExportedRecord(bytes, line.recordStart(), line.recordEnd(), position, hash));
            beforePrevious = previous;
            previous = hash;
            position++;
            if (position % PROGRESS_INTERVAL == 0) {
                progress.update(position, header.treeSize());
            }
        }

        /** True when the visitor has read enough. */
        private boolean checkpoint() throws Failed {
            CheckpointLine line;
            try {
                line = CheckpointLine.parse(reader.copyOfLine());
            } catch (MalformedLine malformed) {
                throw failAtCheckpoint(nextCheckpoint, malformed.getMessage());
            }
            var checkpoint = line.checkpoint();
            long number = checkpoint.number();
            String unsigned = TrustedKey.checkpointProblem(trustedKey, "export", suite, line);
            if (unsigned != null) {
                throw failAtCheckpoint(number, unsigned);
            }
            if (number != nextCheckpoint) {
                throw failAtCheckpoint(number, number < nextCheckpoint ? "checkpoint " + number + " appears again"
                        : "checkpoint " + nextCheckpoint + " is missing: checkpoint " + number + " follows checkpoint "
                                + (nextCheckpoint - 1));
            }
            if (checkpoint.treeSize() != position) {
                throw failAtCheckpoint(number, "checkpoint covers " + checkpoint.treeSize() + " records but follows "
                        + position + (position == 0 ? " (the header)" : " (position " + (position - 1) + ")"));
            }
            byte[] root = accumulator.root();
            if (!Arrays.equals(checkpoint.rootHash(), root)) {
                throw failAtCheckpoint(number, "checkpoint root " + Hex.encode(checkpoint.rootHash())
                        + " does not match the records' Merkle root " + Hex.encode(root));
            }
            if (!Arrays.equals(checkpoint.headHash(), previous)) {
                throw failAtCheckpoint(number, "checkpoint head " + Hex.encode(checkpoint.headHash())
                        + " is not the hash of the last record " + Hex.encode(previous));
            }
            nextCheckpoint++;
            coveredSize = position;
            coveredRoot = root;
            return visitor.checkpoint(checkpoint);
        }

        /** A record line whose position is not the next one: a record deleted, or two out of order. */
        private Failed outOfPlace(long found) throws IOException, Failed {
            if (found < position) {
                return failAt(position, "position " + found + " appears again where position " + position + " belongs");
            }
            var following = peekRecord();
            if (following != null && following.shape().position() == position) {
                return failAt(position, "records " + position + " and " + found + " are swapped");
            }
            return failAt(position, "position " + position + " is missing: found " + found);
        }

        /**
         * The record's bytes do not hash to its line's hash. Before calling it an edit, look for the traces of
         * moved records: a hash that fits one place earlier or later, or a neighbour that fits this place.
         */
        private Failed notItsHash(byte[] copy) throws IOException, Failed {
            RecordSnapshot here;
            try {
                here = RecordSnapshot.of(copy, hexLength);
            } catch (MalformedLine impossible) {
                throw new IllegalStateException("a line that parsed in place parses as a copy", impossible);
            }
            byte[] claimed = here.claimedHash();
            byte[] linksTo = here.prevHash();
            if (position > 0 && Arrays.equals(hash(here.bytesAt(position - 1, linksTo)), claimed)
                    && Arrays.equals(linksTo, beforePrevious)) {
                return failAt(position - 1, inserted(position - 1));
            }
            var following = peekRecord();
            if (following != null) {
                byte[] followingHere = hash(following.bytesAt(position, previous));
                if (Arrays.equals(followingHere, following.claimedHash()) || Arrays.equals(followingHere, claimed)) {
                    return failAt(position, "records " + position + " and " + (position + 1) + " are swapped");
                }
            }
            if (Arrays.equals(hash(here.bytesAt(position + 1, linksTo)), claimed)) {
                return failAt(position, "position " + position + " is missing: found " + (position + 1));
            }
            return failAt(position, "record content does not match its hash");
        }

        /** The record hashes right but does not link to the one before it. */
        private Failed brokenLink(byte[] linksTo) {
            if (position > 0 && Arrays.equals(linksTo, beforePrevious)) {
                return failAt(position - 1, inserted(position - 1));
            }
            return failAt(position, position == 0 ? "the first record does not link to the genesis (32 zero bytes)"
                    : "the record does not link to position " + (position - 1) + ": its prevHash is not that record's hash");
        }

        private String inserted(long at) {
            return "inserted record: the record after it links straight to " + (at == 0 ? "the genesis" : "position " + (at - 1));
        }

        /** Reads the next line as a record, for a diagnosis; null if there is none or it is not a record. */
        private @Nullable RecordSnapshot peekRecord() throws IOException, Failed {
            if (!next() || !reader.terminated()) {
                return null;
            }
            try {
                return RecordSnapshot.of(reader.copyOfLine(), hexLength);
            } catch (MalformedLine notARecord) {
                return null;
            }
        }

        private byte[] hash(byte[] bytes) {
            return recordHasher.update(bytes).digest();
        }

        private boolean next() throws IOException, Failed {
            try {
                return reader.next();
            } catch (MalformedLine malformed) {
                throw failAt(position, malformed.getMessage());
            }
        }
    }

    /** A record line copied out of the reader's buffer, for the failure path. */
    private record RecordSnapshot(byte[] line, RecordLine shape) {

        static RecordSnapshot of(byte[] line, int hexLength) throws MalformedLine {
            return new RecordSnapshot(line, RecordLine.parse(line, hexLength));
        }

        byte[] claimedHash() {
            return shape.claimedHash(line);
        }

        byte[] prevHash() {
            return shape.prevHash(line);
        }

        byte[] bytesAt(long position, byte[] prevHash) {
            return shape.recordBytesAt(line, position, prevHash);
        }
    }

    private static Failed failAt(long position, String reason) {
        return new Failed(VerificationFailure.position(position, reason));
    }

    private static Failed failAtCheckpoint(long number, String reason) {
        return new Failed(VerificationFailure.checkpoint(number, reason));
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
