package org.scfledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.junit.jupiter.api.Test;

/**
 * Random trees of 1..2000 leaves: proofs equal a literal RFC transcription and verify, and every
 * corruption is rejected, except changed sizes/indexes whose path has the very same shape (which an
 * RFC 9162 verifier cannot tell apart; {@link ProofShapeOracle} predicts exactly which).
 */
class MerkleProofPropertiesTest {

    private final MerkleTree tree = new MerkleTree(HashAlgorithm.SHA256);

    // ------------------------------------------------------------------ inclusion

    @Property(tries = 200)
    void inclusionProofsMatchTheRfcAndVerify(
            @ForAll("treeSizes") int size, @ForAll long seed) {
        Random random = new Random(seed);
        List<byte[]> leaves = randomLeaves(size, random);
        InMemorySubtrees source = new InMemorySubtrees(tree, leaves);
        byte[] root = tree.root(leaves);
        assertThat(root).isEqualTo(ReferenceMerkle.mth(leaves, 0, size));
        assertThat(tree.root(size, source)).isEqualTo(root);

        for (int m : sample(size, random)) {
            List<byte[]> proof = tree.inclusionProof(m, size, source);
            assertThat(proof).containsExactlyElementsOf(ReferenceMerkle.path(m, leaves, 0, size));
            assertThat(tree.verifyInclusion(m, size, leaves.get(m), proof, root)).isTrue();
        }
    }

    @Property(tries = 100)
    void everyCorruptedInclusionProofIsRejected(
            @ForAll("treeSizes") int size, @ForAll long seed) {
        Random random = new Random(seed);
        List<byte[]> leaves = randomLeaves(size, random);
        byte[] root = tree.root(leaves);
        int m = random.nextInt(size);
        byte[] leaf = leaves.get(m);
        List<byte[]> proof = tree.inclusionProof(m, size, new InMemorySubtrees(tree, leaves));

        for (int i = 0; i < proof.size(); i++) {
            for (int bit = 0; bit < 256; bit++) {
                List<byte[]> corrupted = new ArrayList<>(proof);
                corrupted.set(i, flip(proof.get(i), bit));
                assertThat(tree.verifyInclusion(m, size, leaf, corrupted, root)).isFalse();
            }
        }
        for (int bit = 0; bit < 256; bit++) {
            assertThat(tree.verifyInclusion(m, size, flip(leaf, bit), proof, root)).isFalse();
            assertThat(tree.verifyInclusion(m, size, leaf, proof, flip(root, bit))).isFalse();
        }
        assertThat(tree.verifyInclusion(m, size, leaf, append(proof, root), root)).isFalse();
        if (!proof.isEmpty()) {
            assertThat(tree.verifyInclusion(m, size, leaf, proof.subList(0, proof.size() - 1), root)).isFalse();
        }

        // Another index in the same tree is always rejected: a path's shape names its leaf.
        for (long other : neighboursAndRandom(m, size, random)) {
            if (other != m) {
                assertThat(tree.verifyInclusion(other, size, leaf, proof, root)).as("index %d", other).isFalse();
            }
        }
        // A changed size (and index) is accepted exactly when the path has the same shape.
        for (long otherSize : neighboursAndRandom(size, 4001, random)) {
            for (long otherIndex : List.of((long) m, m - 1L, m + 1L, (long) random.nextInt(4000))) {
                assertThat(tree.verifyInclusion(otherIndex, otherSize, leaf, proof, root))
                        .as("index %d size %d for proof of %d in %d", otherIndex, otherSize, m, size)
                        .isEqualTo(
                                (otherIndex == m && otherSize == size)
                                        || ProofShapeOracle.inclusionAccepts(m, size, otherIndex, otherSize));
            }
        }
    }

    @Test
    void aSizeWithTheSameShapeVerifiesWhichIsWhyTreeHeadsSignTheSize() {
        List<byte[]> leaves = randomLeaves(6, new Random(7));
        InMemorySubtrees source = new InMemorySubtrees(tree, leaves);
        byte[] root5 = tree.root(leaves.subList(0, 5));
        List<byte[]> proof = tree.inclusionProof(0, 5, source);
        assertThat(tree.verifyInclusion(0, 6, leaves.get(0), proof, root5)).isTrue();
        assertThat(ProofShapeOracle.inclusionAccepts(0, 5, 0, 6)).isTrue();
        assertThat(tree.verifyInclusion(0, 4, leaves.get(0), proof, root5)).isFalse();
        assertThat(ProofShapeOracle.inclusionAccepts(0, 5, 0, 4)).isFalse();
    }

    @Test
    void theOracleAgreesWithTheVerifierOnEveryShapeOfSmallTrees() {
        // Exhaustive over sizes up to 32: the oracle is exact there, so trusting it above is sound.
        List<byte[]> leaves = randomLeaves(32, new Random(11));
        InMemorySubtrees source = new InMemorySubtrees(tree, leaves);
        for (int n = 1; n <= 32; n++) {
            byte[] root = tree.root(n, source);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = tree.inclusionProof(m, n, source);
                for (int n2 = 1; n2 <= 32; n2++) {
                    for (int m2 = 0; m2 < n2; m2++) {
                        boolean same = m == m2 && n == n2;
                        assertThat(tree.verifyInclusion(m2, n2, leaves.get(m), proof, root))
                                .as("proof of %d in %d claimed as %d in %d", m, n, m2, n2)
                                .isEqualTo(same || ProofShapeOracle.inclusionAccepts(m, n, m2, n2));
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ consistency

    @Property(tries = 200)
    void consistencyProofsMatchTheRfcAndVerify(
            @ForAll("treeSizes") int size, @ForAll long seed) {
        Random random = new Random(seed);
        List<byte[]> leaves = randomLeaves(size, random);
        InMemorySubtrees source = new InMemorySubtrees(tree, leaves);
        byte[] newRoot = tree.root(leaves);

        Set<Integer> fromSizes = new LinkedHashSet<>(sample(size, random));
        fromSizes.add(size); // m = n
        fromSizes.add(Integer.highestOneBit(size)); // a complete old tree
        fromSizes.remove(0);
        fromSizes.add(1);
        for (int m : fromSizes) {
            byte[] oldRoot = tree.root(leaves.subList(0, m));
            List<byte[]> proof = tree.consistencyProof(m, size, source);
            if (m < size) {
                assertThat(proof).containsExactlyElementsOf(ReferenceMerkle.proof(m, leaves, size));
            } else {
                assertThat(proof).isEmpty();
            }
            assertThat(tree.verifyConsistency(m, size, oldRoot, newRoot, proof)).as("%d -> %d", m, size).isTrue();
        }
    }

    @Property(tries = 100)
    void everyCorruptedConsistencyProofIsRejected(
            @ForAll("treeSizesOfTwoOrMore") int size, @ForAll long seed) {
        Random random = new Random(seed);
        List<byte[]> leaves = randomLeaves(size, random);
        int m = 1 + random.nextInt(size - 1);
        byte[] oldRoot = tree.root(leaves.subList(0, m));
        byte[] newRoot = tree.root(leaves);
        List<byte[]> proof = tree.consistencyProof(m, size, new InMemorySubtrees(tree, leaves));
        assertThat(tree.verifyConsistency(m, size, oldRoot, newRoot, proof)).isTrue();

        for (int i = 0; i < proof.size(); i++) {
            for (int bit = 0; bit < 256; bit++) {
                List<byte[]> corrupted = new ArrayList<>(proof);
                corrupted.set(i, flip(proof.get(i), bit));
                assertThat(tree.verifyConsistency(m, size, oldRoot, newRoot, corrupted)).isFalse();
            }
        }
        for (int bit = 0; bit < 256; bit++) {
            assertThat(tree.verifyConsistency(m, size, flip(oldRoot, bit), newRoot, proof)).isFalse();
            assertThat(tree.verifyConsistency(m, size, oldRoot, flip(newRoot, bit), proof)).isFalse();
        }
        assertThat(tree.verifyConsistency(m, size, oldRoot, newRoot, append(proof, newRoot))).isFalse();
        assertThat(tree.verifyConsistency(m, size, oldRoot, newRoot, proof.subList(0, proof.size() - 1)))
                .isFalse();
        assertThat(tree.verifyConsistency(m, size, newRoot, oldRoot, proof)).isFalse();

        for (long from : neighboursAndRandom(m, size + 1, random)) {
            for (long to : neighboursAndRandom(size, 4001, random)) {
                if (from == m && to == size) {
                    continue;
                }
                assertThat(tree.verifyConsistency(from, to, oldRoot, newRoot, proof))
                        .as("proof %d -> %d claimed as %d -> %d", m, size, from, to)
                        .isEqualTo(ProofShapeOracle.consistencyAccepts(m, size, from, to));
            }
        }
    }

    @Test
    void theConsistencyOracleAgreesWithTheVerifierOnEveryShapeOfSmallTrees() {
        List<byte[]> leaves = randomLeaves(24, new Random(13));
        InMemorySubtrees source = new InMemorySubtrees(tree, leaves);
        int accepted = 0;
        for (int n = 2; n <= 24; n++) {
            for (int m = 1; m < n; m++) {
                List<byte[]> proof = tree.consistencyProof(m, n, source);
                byte[] oldRoot = tree.root(m, source);
                byte[] newRoot = tree.root(n, source);
                for (int n2 = 0; n2 <= 24; n2++) {
                    for (int m2 = 0; m2 <= n2; m2++) {
                        boolean actual = tree.verifyConsistency(m2, n2, oldRoot, newRoot, proof);
                        boolean same = m == m2 && n == n2;
                        assertThat(actual)
                                .as("proof %d -> %d claimed as %d -> %d", m, n, m2, n2)
                                .isEqualTo(same || ProofShapeOracle.consistencyAccepts(m, n, m2, n2));
                        accepted += actual && !same ? 1 : 0;
                    }
                }
            }
        }
        assertThat(accepted).as("some other sizes share a shape").isPositive();
    }

    // ------------------------------------------------------------------ helpers

    /** Uniform over 1..2000 (jqwik's default bias would make most trees tiny), plus edge cases. */
    @Provide
    static Arbitrary<Integer> treeSizes() {
        return Arbitraries.integers().between(1, 2000).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    static Arbitrary<Integer> treeSizesOfTwoOrMore() {
        return Arbitraries.integers().between(2, 2000).withDistribution(RandomDistribution.uniform());
    }

    static List<byte[]> randomLeaves(int size, Random random) {
        List<byte[]> leaves = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte[] leaf = new byte[32];
            random.nextBytes(leaf);
            leaves.add(leaf);
        }
        return leaves;
    }

    /** First, last and a few random indexes below {@code size}. */
    private static List<Integer> sample(int size, Random random) {
        Set<Integer> indexes = new LinkedHashSet<>(List.of(0, size - 1));
        for (int i = 0; i < 3; i++) {
            indexes.add(random.nextInt(size));
        }
        return new ArrayList<>(indexes);
    }

    /** value - 1, value + 1, and random values in [0, bound), deduplicated. */
    private static Set<Long> neighboursAndRandom(long value, long bound, Random random) {
        Set<Long> values = new LinkedHashSet<>(List.of(value - 1, value + 1));
        for (int i = 0; i < 4; i++) {
            values.add((long) random.nextInt((int) bound));
        }
        return values;
    }

    private static byte[] flip(byte[] value, int bit) {
        byte[] copy = value.clone();
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }

    private static List<byte[]> append(List<byte[]> proof, byte[] extra) {
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(extra);
        return longer;
    }
}
