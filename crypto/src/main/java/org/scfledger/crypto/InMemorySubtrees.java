package org.scfledger.crypto;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link SubtreeSource} over leaf hashes held in memory, for tests and the offline verifier.
 * Every complete subtree is hashed once up front (about n node hashes, 2n digests of memory),
 * after which each lookup is a copy.
 */
public final class InMemorySubtrees implements SubtreeSource {

    private final int digestLength;
    private final long size;
    /** levels[l] holds the hashes of the complete level-l nodes, back to back. */
    private final byte[][] levels;

    public InMemorySubtrees(MerkleTree tree, List<byte[]> leafHashes) {
        this.digestLength = tree.hash().digestLength();
        this.size = leafHashes.size();
        if (size > Integer.MAX_VALUE / digestLength) {
            throw new IllegalArgumentException("too many leaves to hold in memory: " + size);
        }
        int levelCount = 64 - Long.numberOfLeadingZeros(Math.max(size, 1));
        this.levels = new byte[levelCount][];
        levels[0] = new byte[leafHashes.size() * digestLength];
        for (int i = 0; i < leafHashes.size(); i++) {
            byte[] leaf = leafHashes.get(i);
            tree.requireDigest(leaf, "leaf hash " + i);
            System.arraycopy(leaf, 0, levels[0], i * digestLength, digestLength);
        }
        Hasher hasher = tree.hash().newHasher();
        for (int level = 1; level < levelCount; level++) {
            int count = (int) (size >>> level);
            levels[level] = new byte[count * digestLength];
            for (int i = 0; i < count; i++) {
                byte[] parent = tree.nodeHash(hasher, node(level - 1, 2L * i), node(level - 1, 2L * i + 1));
                System.arraycopy(parent, 0, levels[level], i * digestLength, digestLength);
            }
        }
    }

    /** How many leaves this source holds. */
    public long size() {
        return size;
    }

    @Override
    public Map<NodeId, byte[]> load(Set<NodeId> nodes) {
        Map<NodeId, byte[]> result = new HashMap<>();
        for (NodeId id : nodes) {
            if (id.level() >= levels.length || id.index() >= (size >>> id.level())) {
                throw new IllegalArgumentException(
                        id + " is not a complete subtree of a tree of " + size + " leaves");
            }
            result.put(id, node(id.level(), id.index()));
        }
        return result;
    }

    private byte[] node(int level, long index) {
        byte[] out = new byte[digestLength];
        System.arraycopy(levels[level], (int) index * digestLength, out, 0, digestLength);
        return out;
    }
}
