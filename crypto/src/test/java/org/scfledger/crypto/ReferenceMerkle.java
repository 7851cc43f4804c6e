package org.scfledger.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately naive, literal transcription of RFC 9162 sections 2.1.1, 2.1.3.1 and 2.1.4.1 over
 * SHA-256 (recursive, O(n) per proof), to check the production code against something independent.
 */
final class ReferenceMerkle {

    private ReferenceMerkle() {}

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                md.update(part);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] leaf(byte[] data) {
        return sha256(new byte[] {0}, data);
    }

    static long k(long n) {
        long k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    /** MTH(D[start:end]) over already-hashed leaves. */
    static byte[] mth(List<byte[]> leafHashes, int start, int end) {
        int n = end - start;
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return leafHashes.get(start);
        }
        int k = (int) k(n);
        return sha256(new byte[] {1}, mth(leafHashes, start, start + k), mth(leafHashes, start + k, end));
    }

    static List<byte[]> path(int m, List<byte[]> leafHashes, int start, int end) {
        int n = end - start;
        List<byte[]> out = new ArrayList<>();
        if (n == 1) {
            return out;
        }
        int k = (int) k(n);
        if (m < k) {
            out.addAll(path(m, leafHashes, start, start + k));
            out.add(mth(leafHashes, start + k, end));
        } else {
            out.addAll(path(m - k, leafHashes, start + k, end));
            out.add(mth(leafHashes, start, start + k));
        }
        return out;
    }

    static List<byte[]> proof(int m, List<byte[]> leafHashes, int n) {
        return subproof(m, leafHashes, 0, n, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> leafHashes, int start, int end, boolean b) {
        int n = end - start;
        List<byte[]> out = new ArrayList<>();
        if (m == n) {
            if (!b) {
                out.add(mth(leafHashes, start, end));
            }
            return out;
        }
        int k = (int) k(n);
        if (m <= k) {
            out.addAll(subproof(m, leafHashes, start, start + k, b));
            out.add(mth(leafHashes, start + k, end));
        } else {
            out.addAll(subproof(m - k, leafHashes, start + k, end, false));
            out.add(mth(leafHashes, start, start + k));
        }
        return out;
    }
}
