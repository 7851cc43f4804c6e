package org.scfledger.crypto;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicts, without hashing, whether an RFC 9162 verifier given a proof made for one (index, size)
 * or (from, to) must accept it for another: a verifier rebuilds roots as hash expressions over the
 * proof elements, so (barring hash collisions and repeated subtrees) it accepts exactly when the
 * expression it builds for the claimed parameters is the same expression as the true one. Terms are
 * strings over labels: P0, P1... for proof elements, L for the leaf, F for the old root.
 */
final class ProofShapeOracle {

    private ProofShapeOracle() {}

    record Range(long start, long end) {}

    // ------------------------------------------------------------------ inclusion

    /** The root as an expression over the leaf (L) and the proof elements, or null if no such proof. */
    static String inclusionTerm(long m, long n) {
        if (m < 0 || m >= n) {
            return null;
        }
        return inclusionTerm(m, 0, n, new int[] {0});
    }

    private static String inclusionTerm(long m, long start, long end, int[] used) {
        if (end - start == 1) {
            return "L";
        }
        long k = ReferenceMerkle.k(end - start);
        if (m < start + k) {
            String inner = inclusionTerm(m, start, start + k, used);
            return "(" + inner + ",P" + used[0]++ + ")";
        }
        String inner = inclusionTerm(m, start + k, end, used);
        return "(P" + used[0]++ + "," + inner + ")";
    }

    static boolean inclusionAccepts(long trueM, long trueN, long m, long n) {
        String expected = inclusionTerm(trueM, trueN);
        String claimed = inclusionTerm(m, n);
        return claimed != null && claimed.equals(expected);
    }

    // ------------------------------------------------------------------ consistency

    /** SUBPROOF's ranges in proof order (recursive, as in the RFC). */
    static List<Range> consistencyRanges(long m, long n) {
        List<Range> out = new ArrayList<>();
        subproof(m, 0, n, true, out);
        return out;
    }

    private static void subproof(long m, long start, long end, boolean b, List<Range> out) {
        long n = end - start;
        if (m == n) {
            if (!b) {
                out.add(new Range(start, end));
            }
            return;
        }
        long k = ReferenceMerkle.k(n);
        if (m <= k) {
            subproof(m, start, start + k, b, out);
            out.add(new Range(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(new Range(start, start + k));
        }
    }

    /** [old root term, new root term] for a proof of (m, n) whose old root has term {@code oldRoot}. */
    private static String[] consistencyTerms(long m, long n, String oldRoot) {
        Map<Range, String> labels = new HashMap<>();
        List<Range> ranges = consistencyRanges(m, n);
        for (int i = 0; i < ranges.size(); i++) {
            labels.put(ranges.get(i), "P" + i);
        }
        if (Long.bitCount(m) == 1) {
            labels.put(new Range(0, m), oldRoot);
        }
        return new String[] {term(0, m, labels), term(0, n, labels)};
    }

    private static String term(long start, long end, Map<Range, String> labels) {
        String label = labels.get(new Range(start, end));
        if (label != null) {
            return label;
        }
        if (end - start == 1) {
            return "X" + start; // not expressible from the proof: can never match a true term
        }
        long k = ReferenceMerkle.k(end - start);
        return "(" + term(start, start + k, labels) + "," + term(start + k, end, labels) + ")";
    }

    /** The true old root's term: the atom F when the proof omits it, else its expression. */
    static String trueOldRoot(long m, long n) {
        return Long.bitCount(m) == 1 ? "F" : consistencyTerms(m, n, "F")[0];
    }

    /** Whether a verifier must accept the proof of (trueM < trueN, both > 0) when told (m, n). */
    static boolean consistencyAccepts(long trueM, long trueN, long m, long n) {
        if (m <= 0 || n <= m) {
            return false; // our proofs are non-empty, which equal sizes and size 0 never accept
        }
        if (consistencyRanges(m, n).size() != consistencyRanges(trueM, trueN).size()) {
            return false;
        }
        String oldRoot = trueOldRoot(trueM, trueN);
        String[] expected = consistencyTerms(trueM, trueN, oldRoot);
        String[] claimed = consistencyTerms(m, n, oldRoot);
        return claimed[0].equals(oldRoot) && claimed[1].equals(expected[1]) && expected[0].equals(oldRoot);
    }
}
