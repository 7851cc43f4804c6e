package org.scfledger.crypto;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which leaf ranges' hashes make up a proof, in proof order. This is the recursion of RFC 9162
 * sections 2.1.3.1 (PATH) and 2.1.4.1 (SUBPROOF) unrolled into loops; it touches no hashes, so the
 * same answer serves both "which nodes to load" and "which hashes to return".
 */
final class ProofTerms {

    private ProofTerms() {}

    /** PATH(m, D[n]): the sibling ranges from the leaf up to the root. */
    static List<LeafRange> inclusion(long leafIndex, long treeSize) {
        if (treeSize <= 0 || leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException(
                    "leaf index " + leafIndex + " is not in a tree of size " + treeSize);
        }
        // The recursion appends the outermost sibling last, so collect top-down and reverse.
        List<LeafRange> topDown = new ArrayList<>();
        long start = 0;
        long end = treeSize;
        while (end - start > 1) {
            long k = LeafRange.largestPowerOfTwoBelow(end - start);
            if (leafIndex < start + k) {
                topDown.add(new LeafRange(start + k, end));
                end = start + k;
            } else {
                topDown.add(new LeafRange(start, start + k));
                start += k;
            }
        }
        Collections.reverse(topDown);
        return topDown;
    }

    /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true); empty when {@code m == n} or {@code m == 0}. */
    static List<LeafRange> consistency(long fromSize, long toSize) {
        if (fromSize < 0 || toSize < fromSize) {
            throw new IllegalArgumentException(
                    "no consistency proof from size " + fromSize + " to size " + toSize);
        }
        List<LeafRange> topDown = new ArrayList<>();
        if (fromSize == 0 || fromSize == toSize) {
            return topDown;
        }
        long m = fromSize;
        long start = 0;
        long end = toSize;
        boolean startsAtOldRoot = true; // the "b" flag of SUBPROOF
        while (m != end - start) {
            long k = LeafRange.largestPowerOfTwoBelow(end - start);
            if (m <= k) {
                topDown.add(new LeafRange(start + k, end));
                end = start + k;
            } else {
                topDown.add(new LeafRange(start, start + k));
                m -= k;
                start += k;
                startsAtOldRoot = false;
            }
        }
        if (!startsAtOldRoot) {
            topDown.add(new LeafRange(start, end));
        }
        Collections.reverse(topDown);
        return topDown;
    }
}
