package org.scfledger.crypto;

/**
 * A complete, aligned subtree of a Merkle tree: the one covering leaves
 * {@code [index * 2^level, (index + 1) * 2^level)}. Level 0 is a single leaf hash.
 *
 * <p>Complete subtrees never change once written, which is what lets storage keep them forever
 * and serve any tree size's root and proofs from them.
 */
public record NodeId(int level, long index) {

    public NodeId {
        if (level < 0 || level > 62) {
            throw new IllegalArgumentException("level must be in [0, 62]: " + level);
        }
        if (index < 0 || index > (Long.MAX_VALUE >> level)) {
            throw new IllegalArgumentException("index out of range for level " + level + ": " + index);
        }
    }

    /** The node covering {@code [start, start + size)}; {@code size} a power of two dividing {@code start}. */
    static NodeId covering(long start, long size) {
        int level = Long.numberOfTrailingZeros(size);
        if (Long.bitCount(size) != 1 || (start & (size - 1)) != 0) {
            throw new IllegalArgumentException("[" + start + ", +" + size + ") is not an aligned subtree");
        }
        return new NodeId(level, start >>> level);
    }

    /** The first leaf this node covers. */
    public long firstLeaf() {
        return index << level;
    }

    /** How many leaves this node covers. */
    public long leafCount() {
        return 1L << level;
    }
}
