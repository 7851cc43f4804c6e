package org.scfledger.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * Leaves {@code [start, end)} of a tree, as they appear in the RFC 9162 recursion. Its hash
 * {@code MTH(D[start:end])} is made of the complete aligned subtrees returned by {@link #cover()}.
 */
record LeafRange(long start, long end) {

    LeafRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad leaf range [" + start + ", " + end + ")");
        }
    }

    long size() {
        return end - start;
    }

    /**
     * The complete subtrees, largest (leftmost) first, whose right fold
     * {@code node(c1, node(c2, ... cn))} is the RFC 6962 hash of this range. RFC 9162 splits a range at
     * the largest power of two below its size, so every left part is complete and every start is
     * aligned.
     */
    List<NodeId> cover() {
        List<NodeId> nodes = new ArrayList<>(Long.bitCount(size()));
        long from = start;
        while (Long.bitCount(end - from) != 1) {
            long k = largestPowerOfTwoBelow(end - from);
            nodes.add(NodeId.covering(from, k));
            from += k;
        }
        nodes.add(NodeId.covering(from, end - from));
        return nodes;
    }

    /** The split point of RFC 9162 section 2.1.1: the largest power of two strictly below {@code n >= 2}. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
