package org.scfledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A million-leaf tree: proofs stay correct and read O(log n) complete nodes in one round trip. */
class MerkleScaleTest {

    private static final int SIZE = 1_000_003;
    /** The brief's budget: 2 * ceil(log2 n) + 2 = 42 nodes for n = 1_000_003. */
    private static final int NODE_BUDGET = 2 * (64 - Long.numberOfLeadingZeros(SIZE - 1)) + 2;

    private static final MerkleTree TREE = new MerkleTree(HashAlgorithm.SHA256);
    private static List<byte[]> leaves;
    private static CountingSource source;

    @BeforeAll
    static void buildTree() {
        leaves = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            leaves.add(TREE.leafHash(ByteBuffer.allocate(4).putInt(i).array()));
        }
        source = new CountingSource(new InMemorySubtrees(TREE, leaves));
    }

    @Test
    void budgetIsAsAdvertised() {
        assertThat(NODE_BUDGET).isEqualTo(42);
    }

    @Test
    void rootsFromStoredNodesMatchTheAccumulator() {
        MerkleAccumulator accumulator = new MerkleAccumulator(TREE);
        leaves.forEach(accumulator::append);
        source.reset();
        assertThat(TREE.root(SIZE, source)).isEqualTo(accumulator.root());
        assertThat(source.calls).isEqualTo(1);
        assertThat(source.nodesLoaded).isEqualTo(Long.bitCount(SIZE));
        assertThat(accumulator.frontierNodes()).containsExactlyElementsOf(TREE.nodesForRoot(SIZE));
    }

    @Test
    void inclusionProofsLoadLogarithmicallyManyNodesInOneCall() {
        byte[] root = TREE.root(SIZE, source);
        int maxLoaded = 0;
        for (long index : sampleIndexes(SIZE, new Random(1))) {
            source.reset();
            List<byte[]> proof = TREE.inclusionProof(index, SIZE, source);
            assertThat(source.calls).isEqualTo(1);
            assertThat(source.lastRequest).isEqualTo(TREE.nodesForInclusion(index, SIZE));
            assertThat(source.nodesLoaded).as("nodes for leaf %d", index).isLessThanOrEqualTo(NODE_BUDGET);
            maxLoaded = Math.max(maxLoaded, source.nodesLoaded);
            assertThat(TREE.verifyInclusion(index, SIZE, leaves.get((int) index), proof, root)).isTrue();
        }
        assertThat(maxLoaded).isGreaterThan(20); // the budget is not vacuous: a path here is 20 long
    }

    @Test
    void consistencyProofsLoadLogarithmicallyManyNodesInOneCall() {
        byte[] newRoot = TREE.root(SIZE, source);
        Random random = new Random(2);
        for (long from : sampleIndexes(SIZE, random)) {
            if (from == 0) {
                continue;
            }
            byte[] oldRoot = TREE.root(from, source);
            source.reset();
            List<byte[]> proof = TREE.consistencyProof(from, SIZE, source);
            assertThat(source.calls).isEqualTo(1);
            assertThat(source.lastRequest).isEqualTo(TREE.nodesForConsistency(from, SIZE));
            assertThat(source.nodesLoaded).as("nodes for %d -> %d", from, SIZE).isLessThanOrEqualTo(NODE_BUDGET);
            assertThat(TREE.verifyConsistency(from, SIZE, oldRoot, newRoot, proof)).isTrue();
        }
        // between two large sizes, neither of them the full tree
        for (int i = 0; i < 50; i++) {
            long to = 1 + random.nextInt(SIZE);
            long from = 1 + random.nextInt((int) to);
            source.reset();
            List<byte[]> proof = TREE.consistencyProof(from, to, source);
            assertThat(source.nodesLoaded).isLessThanOrEqualTo(NODE_BUDGET);
            assertThat(TREE.verifyConsistency(from, to, TREE.root(from, source), TREE.root(to, source), proof))
                    .isTrue();
        }
    }

    /** First, last, both sides of every power-of-two boundary, and random leaves. */
    private static TreeSet<Long> sampleIndexes(long size, Random random) {
        TreeSet<Long> indexes = new TreeSet<>(List.of(0L, 1L, size - 2, size - 1, size / 2));
        for (long p = 1; p < size; p <<= 1) {
            indexes.add(p - 1);
            indexes.add(p);
        }
        for (int i = 0; i < 100; i++) {
            indexes.add((long) random.nextInt((int) size));
        }
        return indexes;
    }
}
