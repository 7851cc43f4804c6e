package org.scfledger.core.journal.export;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.ConsistencyProof;
import org.scfledger.core.journal.InclusionProof;
import org.scfledger.core.journal.JournalProofs;
import org.scfledger.crypto.LedgerPublicKey;
import org.scfledger.crypto.MerkleAccumulator;
import org.scfledger.crypto.MerkleTree;
import org.scfledger.crypto.NodeCompleted;
import org.scfledger.crypto.NodeId;

/**
 * Inclusion and consistency proofs computed from an export while it is verified, in O(log n) memory: the complete
 * subtrees a proof needs are either on the path of one leaf or on the right edge of a signed tree, and both are
 * kept as the leaves stream past. Each proof is then checked against the signed checkpoint's root, as an auditor
 * would check a proof the ledger's server gave.
 */
public final class ExportProofs {

    private final LedgerPublicKey trustedKey;

    public ExportProofs(LedgerPublicKey trustedKey) {
        this.trustedKey = trustedKey;
    }

    /** The record at {@code position} is in the tree the checkpoint numbered {@code checkpoint} signs (the export's last if null). */
    public Proven<InclusionProof> inclusion(InputStream export, long position, @Nullable Long checkpoint, ExportProgress progress)
            throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("a position is not negative: " + position);
        }
        var collector = new Collector(checkpoint, null);
        collector.follow(position);
        var result = new ExportVerifier(trustedKey).verify(notASlice(export), progress, collector);
        if (!result.ok()) {
            return Proven.failed(result.failure());
        }
        if (checkpoint == null) {
            collector.keepRightEdge();
        }
        Checkpoint signed = collector.target(checkpoint);
        if (position >= signed.treeSize()) {
            throw new IllegalArgumentException("checkpoint " + signed.number() + " covers positions 0 to "
                    + (signed.treeSize() - 1) + ", not " + position);
        }
        MerkleTree tree = collector.tree;
        var proof = new InclusionProof(position, signed.treeSize(), collector.recordHash,
                tree.inclusionProof(position, signed.treeSize(), wanted -> collector.nodes), signed.rootHash());
        return Proven.of(proof, List.of(signed), JournalProofs.verify(tree, proof));
    }

    /** The tree signed by checkpoint {@code from} is a prefix of the one signed by checkpoint {@code to}. */
    public Proven<ConsistencyProof> consistency(InputStream export, long from, long to, ExportProgress progress)
            throws IOException {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("a consistency proof goes from an earlier checkpoint to a later one, not "
                    + from + " to " + to);
        }
        var collector = new Collector(to, from);
        var result = new ExportVerifier(trustedKey).verify(notASlice(export), progress, collector);
        if (!result.ok()) {
            return Proven.failed(result.failure());
        }
        Checkpoint older = collector.target(from);
        Checkpoint newer = collector.target(to);
        if (older.treeSize() == 0) {
            throw new IllegalArgumentException("checkpoint " + from + " signs the empty tree: every tree extends it");
        }
        MerkleTree tree = collector.tree;
        var proof = new ConsistencyProof(older.treeSize(), newer.treeSize(), older.rootHash(), newer.rootHash(),
                tree.consistencyProof(older.treeSize(), newer.treeSize(), wanted -> collector.nodes));
        return Proven.of(proof, List.of(older, newer), JournalProofs.verify(tree, proof));
    }

    /** A slice carries each of its records' proofs, and its verifier checks them: proofs are computed from exports. */
    private static InputStream notASlice(InputStream input) throws IOException {
        InputStream in = input.markSupported() ? input : new BufferedInputStream(input);
        if (SliceHeader.begins(in)) {
            throw new IllegalArgumentException("this is a slice: it carries each record's inclusion proof, which 'ledger verify'"
                    + " checks; proofs are computed from a full export");
        }
        return in;
    }

    /**
     * A proof computed from a verified export, the checkpoints whose signed roots it ends in, and whether it checks
     * against them; or where the export failed verification.
     */
    public record Proven<P>(@Nullable P proof, List<Checkpoint> checkpoints, boolean checks, @Nullable VerificationFailure failure) {

        static <P> Proven<P> of(P proof, List<Checkpoint> checkpoints, boolean checks) {
            return new Proven<>(proof, List.copyOf(checkpoints), checks, null);
        }

        static <P> Proven<P> failed(VerificationFailure failure) {
            return new Proven<>(null, List.of(), false, failure);
        }

        public Optional<VerificationFailure> verificationFailure() {
            return Optional.ofNullable(failure);
        }
    }

    /**
     * Keeps the nodes on the path of the followed leaf (ancestors and their siblings) and the right edge of the trees
     * the wanted checkpoints sign; ends the verification at the last checkpoint it needs.
     */
    private static final class Collector implements ExportVisitor {

        private final @Nullable Long last;
        private final @Nullable Long boundary;
        private final Map<NodeId, byte[]> nodes = new HashMap<>();
        private final Map<Long, Checkpoint> seen = new HashMap<>();
        private @Nullable MerkleTree tree;
        private @Nullable MerkleAccumulator accumulator;
        private @Nullable Checkpoint latest;
        private long followed = -1;
        private byte[] recordHash = new byte[0];

        /** Ends at checkpoint {@code last} (or the export's end); follows the leaf before checkpoint {@code boundary}. */
        Collector(@Nullable Long last, @Nullable Long boundary) {
            this.last = last;
            this.boundary = boundary;
        }

        void follow(long leaf) {
            followed = leaf;
        }

        @Override
        public void begin(ExportHeader header) {
            tree = new MerkleTree(header.suite().hash());
            accumulator = new MerkleAccumulator(tree);
        }

        @Override
        public void record(ExportedRecord record) {
            byte[] leafHash = tree.leafHash(record.hash());
            long index = accumulator.size();
            if (index == followed) {
                recordHash = record.hash();
            }
            if (followed >= 0 && (index == followed || index == (followed ^ 1))) {
                nodes.put(new NodeId(0, index), leafHash);
            }
            for (NodeCompleted completed : accumulator.append(leafHash)) {
                NodeId node = completed.node();
                long onPath = followed >>> node.level();
                if (followed >= 0 && (node.index() == onPath || node.index() == (onPath ^ 1))) {
                    nodes.put(node, completed.hash());
                }
            }
        }

        @Override
        public boolean checkpoint(Checkpoint checkpoint) {
            latest = checkpoint;
            seen.put(checkpoint.number(), checkpoint);
            if (Long.valueOf(checkpoint.number()).equals(last) || Long.valueOf(checkpoint.number()).equals(boundary)) {
                keepRightEdge();
            }
            if (boundary != null && checkpoint.number() == boundary && checkpoint.treeSize() > 0) {
                follow(checkpoint.treeSize() - 1);
            }
            return last != null && checkpoint.number() == last;
        }

        /** The right edge of the tree read so far; the export's end is its last checkpoint's tree. */
        void keepRightEdge() {
            List<NodeId> edge = accumulator.frontierNodes();
            List<byte[]> hashes = accumulator.frontier();
            for (int i = 0; i < edge.size(); i++) {
                nodes.put(edge.get(i), hashes.get(i));
            }
        }

        Checkpoint target(@Nullable Long number) {
            if (number == null) {
                return latest;
            }
            Checkpoint checkpoint = seen.get(number);
            if (checkpoint == null) {
                throw new IllegalArgumentException("the export has no checkpoint " + number + " (its last is "
                        + (latest == null ? "none" : latest.number()) + ")");
            }
            return checkpoint;
        }
    }
}
