package org.scfledger.crypto;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The verification algorithms of RFC 9162 sections 2.1.3.2 and 2.1.4.2, transcribed step by step.
 * They check only hashes and the path's shape: a proof also verifies for another size or index whose
 * path has the same shape, which is why tree heads must sign the size together with the root.
 */
final class ProofVerifier {

    private ProofVerifier() {}

    static boolean inclusion(
            MerkleTree tree, long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize || !tree.isDigest(leafHash) || !tree.isDigest(root)
                || !allDigests(tree, proof)) {
            return false;
        }
        Hasher hasher = tree.hash().newHasher();
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false; // proof longer than the path
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = tree.nodeHash(hasher, p, r);
                // If fn was the last node of its level (no right sibling), climb to where it is a right child.
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = tree.nodeHash(hasher, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    static boolean consistency(
            MerkleTree tree, long fromSize, long toSize, byte[] fromRoot, byte[] toRoot, List<byte[]> proof) {
        if (fromSize < 0 || toSize < fromSize || !tree.isDigest(fromRoot) || !tree.isDigest(toRoot)
                || !allDigests(tree, proof)) {
            return false;
        }
        if (fromSize == toSize) {
            return proof.isEmpty() && MessageDigest.isEqual(fromRoot, toRoot);
        }
        if (fromSize == 0) {
            return proof.isEmpty() && MessageDigest.isEqual(fromRoot, tree.emptyRoot());
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(fromSize) == 1) {
            path.add(fromRoot); // the old tree is a complete subtree, so the proof omits it
        }
        path.addAll(proof);
        Hasher hasher = tree.hash().newHasher();
        long fn = fromSize - 1;
        long sn = toSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = tree.nodeHash(hasher, c, fr);
                sr = tree.nodeHash(hasher, c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = tree.nodeHash(hasher, sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, fromRoot) && MessageDigest.isEqual(sr, toRoot);
    }

    private static boolean allDigests(MerkleTree tree, List<byte[]> values) {
        return values.stream().allMatch(tree::isDigest);
    }
}
