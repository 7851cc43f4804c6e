package org.scfledger.crypto;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RFC 6962 / RFC 9162 Merkle tree hashing, proof generation and proof verification, for either
 * digest. Stateless and thread-safe.
 *
 * <p>leaf hash = H(0x00 || data), node hash = H(0x01 || left || right), empty tree = H("").
 * Generation reads only complete aligned subtrees ({@link NodeId}) from a {@link SubtreeSource},
 * in one {@link SubtreeSource#load} call of O(log n) nodes.
 */
public final class MerkleTree {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final HashAlgorithm hash;
    private final byte[] emptyRoot;

    public MerkleTree(HashAlgorithm hash) {
        this.hash = hash;
        this.emptyRoot = hash.digest(new byte[0]);
    }

    public HashAlgorithm hash() {
        return hash;
    }

    public byte[] leafHash(byte[] data) {
        return hash.newHasher().update(LEAF_PREFIX).update(data).digest();
    }

    /** H(0x01 || left || right). Any inputs are hashed; callers building trees pass digests. */
    public byte[] nodeHash(byte[] left, byte[] right) {
        return nodeHash(hash.newHasher(), left, right);
    }

    /** Like {@link #nodeHash(byte[], byte[])}, reusing a hasher in bulk loops. */
    byte[] nodeHash(Hasher hasher, byte[] left, byte[] right) {
        return hasher.update(NODE_PREFIX).update(left).update(right).digest();
    }

    public byte[] emptyRoot() {
        return emptyRoot.clone();
    }

    // ---------------------------------------------------------------- roots

    /** MTH(D[n]) of RFC 9162 section 2.1.1 over leaf hashes held in memory; any size, including 0. */
    public byte[] root(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return emptyRoot();
        }
        leafHashes.forEach(leaf -> requireDigest(leaf, "leaf hash"));
        return rootOf(hash.newHasher(), leafHashes, 0, leafHashes.size());
    }

    private byte[] rootOf(Hasher hasher, List<byte[]> leaves, int start, int end) {
        if (end - start == 1) {
            return leaves.get(start).clone();
        }
        int k = (int) LeafRange.largestPowerOfTwoBelow(end - start);
        byte[] left = rootOf(hasher, leaves, start, start + k);
        byte[] right = rootOf(hasher, leaves, start + k, end);
        return nodeHash(hasher, left, right);
    }

    /** The root of the first {@code treeSize} leaves, from stored complete subtrees. */
    public byte[] root(long treeSize, SubtreeSource source) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("negative tree size " + treeSize);
        }
        if (treeSize == 0) {
            return emptyRoot();
        }
        return hashes(List.of(new LeafRange(0, treeSize)), source).get(0);
    }

    /** The complete nodes {@link #root(long, SubtreeSource)} loads: one per set bit of the size. */
    public Set<NodeId> nodesForRoot(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("negative tree size " + treeSize);
        }
        return treeSize == 0 ? Set.of() : nodesFor(List.of(new LeafRange(0, treeSize)));
    }

    // ---------------------------------------------------------------- proofs

    /** The audit path of RFC 9162 section 2.1.3.1, bottom-up. */
    public List<byte[]> inclusionProof(long leafIndex, long treeSize, SubtreeSource source) {
        return hashes(ProofTerms.inclusion(leafIndex, treeSize), source);
    }

    public Set<NodeId> nodesForInclusion(long leafIndex, long treeSize) {
        return nodesFor(ProofTerms.inclusion(leafIndex, treeSize));
    }

    /** The consistency proof of RFC 9162 section 2.1.4.1; empty when the sizes are equal or from is 0. */
    public List<byte[]> consistencyProof(long fromSize, long toSize, SubtreeSource source) {
        return hashes(ProofTerms.consistency(fromSize, toSize), source);
    }

    public Set<NodeId> nodesForConsistency(long fromSize, long toSize) {
        return nodesFor(ProofTerms.consistency(fromSize, toSize));
    }

    private static Set<NodeId> nodesFor(List<LeafRange> ranges) {
        Set<NodeId> nodes = new LinkedHashSet<>();
        ranges.forEach(range -> nodes.addAll(range.cover()));
        return Collections.unmodifiableSet(nodes);
    }

    /** Loads every node the ranges need in one call, then folds each range's cover into its hash. */
    private List<byte[]> hashes(List<LeafRange> ranges, SubtreeSource source) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        Set<NodeId> needed = nodesFor(ranges);
        Map<NodeId, byte[]> loaded = source.load(needed);
        Hasher hasher = hash.newHasher();
        List<byte[]> result = new ArrayList<>(ranges.size());
        for (LeafRange range : ranges) {
            List<NodeId> cover = range.cover();
            byte[] acc = loadedHash(loaded, cover.get(cover.size() - 1));
            for (int i = cover.size() - 2; i >= 0; i--) {
                acc = nodeHash(hasher, loadedHash(loaded, cover.get(i)), acc);
            }
            result.add(acc);
        }
        return result;
    }

    private byte[] loadedHash(Map<NodeId, byte[]> loaded, NodeId node) {
        byte[] value = loaded.get(node);
        if (value == null) {
            throw new IllegalStateException("subtree source did not supply " + node);
        }
        if (value.length != hash.digestLength()) {
            throw new IllegalStateException(
                    "subtree source supplied " + value.length + " bytes for " + node);
        }
        return value.clone();
    }

    // ---------------------------------------------------------------- verification

    /** RFC 9162 section 2.1.3.2. False, never an exception, for any malformed input. */
    public boolean verifyInclusion(
            long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        return ProofVerifier.inclusion(this, leafIndex, treeSize, leafHash, proof, root);
    }

    /**
     * RFC 9162 section 2.1.4.2. Equal sizes need an empty proof and equal roots; size 0 is consistent
     * with everything given an empty proof and the empty root. False, never an exception.
     */
    public boolean verifyConsistency(
            long fromSize, long toSize, byte[] fromRoot, byte[] toRoot, List<byte[]> proof) {
        return ProofVerifier.consistency(this, fromSize, toSize, fromRoot, toRoot, proof);
    }

    // ---------------------------------------------------------------- helpers

    boolean isDigest(byte[] value) {
        return value.length == hash.digestLength();
    }

    void requireDigest(byte[] value, String what) {
        if (!isDigest(value)) {
            throw new IllegalArgumentException(
                    what + " must be " + hash.digestLength() + " bytes, got " + value.length);
        }
    }
}
