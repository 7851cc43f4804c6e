package org.scfledger.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a Merkle tree leaf by leaf, keeping only its right edge: the roots of the complete subtrees
 * that make up the current size, one per set bit, largest first (the "frontier"). Appending costs one
 * node hash amortised; {@link #root()} folds the frontier, at most 63 node hashes.
 *
 * <p>Not thread-safe: the journal appends under its own lock and can {@link #copy()} to roll back.
 */
public final class MerkleAccumulator {

    private final MerkleTree tree;
    private long size;
    private final List<byte[]> frontier;

    public MerkleAccumulator(MerkleTree tree) {
        this(tree, 0, new ArrayList<>());
    }

    private MerkleAccumulator(MerkleTree tree, long size, List<byte[]> frontier) {
        this.tree = tree;
        this.size = size;
        this.frontier = frontier;
    }

    /** Resumes a tree of {@code size} leaves from the frontier {@link #frontier()} returned for it. */
    public static MerkleAccumulator restore(MerkleTree tree, long size, List<byte[]> frontier) {
        if (size < 0) {
            throw new IllegalArgumentException("negative tree size " + size);
        }
        if (frontier.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException(
                    "a tree of size " + size + " has " + Long.bitCount(size) + " frontier nodes, got "
                            + frontier.size());
        }
        List<byte[]> copy = new ArrayList<>(frontier.size());
        for (byte[] node : frontier) {
            tree.requireDigest(node, "frontier node");
            copy.add(node.clone());
        }
        return new MerkleAccumulator(tree, size, copy);
    }

    public long size() {
        return size;
    }

    /**
     * Adds a leaf and returns the complete nodes (level 1 and up) it finished, lowest level first.
     * A leaf at index {@code i} finishes one node per trailing one-bit of {@code i}.
     */
    public List<NodeCompleted> append(byte[] leafHash) {
        tree.requireDigest(leafHash, "leaf hash");
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("tree is full");
        }
        long leafIndex = size;
        List<NodeCompleted> completed = new ArrayList<>(Long.numberOfTrailingZeros(~leafIndex));
        byte[] node = leafHash.clone();
        for (int level = 1; ((leafIndex >>> (level - 1)) & 1) == 1; level++) {
            byte[] left = frontier.remove(frontier.size() - 1);
            node = tree.nodeHash(left, node);
            completed.add(new NodeCompleted(new NodeId(level, leafIndex >>> level), node));
        }
        frontier.add(node);
        size++;
        return completed;
    }

    /** The RFC 6962 root of the current size; {@link MerkleTree#emptyRoot()} when empty. */
    public byte[] root() {
        if (frontier.isEmpty()) {
            return tree.emptyRoot();
        }
        byte[] root = frontier.get(frontier.size() - 1).clone();
        for (int i = frontier.size() - 2; i >= 0; i--) {
            root = tree.nodeHash(frontier.get(i), root);
        }
        return root;
    }

    /** The right-edge complete-subtree roots, largest first; what {@link #restore} needs. */
    public List<byte[]> frontier() {
        return frontier.stream().map(byte[]::clone).toList();
    }

    /** The {@link NodeId}s of {@link #frontier()}, in the same order. */
    public List<NodeId> frontierNodes() {
        List<NodeId> nodes = new ArrayList<>(frontier.size());
        long start = 0;
        for (int level = 62; level >= 0; level--) {
            if (((size >>> level) & 1) == 1) {
                nodes.add(NodeId.covering(start, 1L << level));
                start += 1L << level;
            }
        }
        return nodes;
    }

    /** An independent copy; appending to one does not affect the other. */
    public MerkleAccumulator copy() {
        return restore(tree, size, frontier);
    }
}
