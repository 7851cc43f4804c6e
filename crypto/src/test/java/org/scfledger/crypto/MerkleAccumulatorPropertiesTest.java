package org.scfledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MerkleAccumulatorPropertiesTest {

    private final MerkleTree tree = new MerkleTree(HashAlgorithm.SHA256);

    @Property(tries = 150)
    void accumulatesTheSameTreeAndRestoresFromItsFrontier(
            @ForAll("sizes") int size,
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2000) int cutSeed) {
        Random random = new Random(seed);
        List<byte[]> leaves = MerkleProofPropertiesTest.randomLeaves(size, random);
        int cut = size == 0 ? 0 : cutSeed % (size + 1);
        Set<Integer> checkpoints = new HashSet<>(List.of(random.nextInt(size + 1), random.nextInt(size + 1)));

        MerkleAccumulator accumulator = new MerkleAccumulator(tree);
        MerkleAccumulator restored = null;
        List<List<NodeCompleted>> emitted = new ArrayList<>();
        for (int i = 0; i <= size; i++) {
            if (checkpoints.contains(i)) {
                assertThat(accumulator.root()).isEqualTo(tree.root(leaves.subList(0, i)));
            }
            if (i == cut) {
                restored = MerkleAccumulator.restore(tree, i, accumulator.frontier());
            }
            if (i < size) {
                emitted.add(accumulator.append(leaves.get(i)));
            }
        }
        assertThat(accumulator.size()).isEqualTo(size);
        assertThat(accumulator.root()).isEqualTo(tree.root(leaves));

        // Each leaf completes its ancestors lowest first, and all together they are every complete node.
        InMemorySubtrees source = new InMemorySubtrees(tree, leaves);
        Set<NodeId> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            List<NodeCompleted> nodes = emitted.get(i);
            assertThat(nodes).hasSize(Long.numberOfTrailingZeros(~(long) i));
            for (int j = 0; j < nodes.size(); j++) {
                NodeCompleted completed = nodes.get(j);
                assertThat(completed.node()).isEqualTo(new NodeId(j + 1, i >>> (j + 1)));
                assertThat(completed.hash()).isEqualTo(source.load(Set.of(completed.node())).get(completed.node()));
                seen.add(completed.node());
            }
        }
        assertThat(seen).hasSize(size - Long.bitCount(size)); // n leaves make n - popcount(n) inner nodes

        // The frontier names the complete subtrees of the right edge.
        Map<NodeId, byte[]> frontierHashes = source.load(Set.copyOf(accumulator.frontierNodes()));
        assertThat(accumulator.frontier())
                .containsExactlyElementsOf(accumulator.frontierNodes().stream().map(frontierHashes::get).toList());

        // Restored from the frontier at the cut, it continues identically.
        for (int i = cut; i < size; i++) {
            assertThat(restored.append(leaves.get(i))).isEqualTo(emitted.get(i));
        }
        assertThat(restored.size()).isEqualTo(size);
        assertThat(restored.root()).isEqualTo(accumulator.root());
        assertThat(restored.frontier()).containsExactlyElementsOf(accumulator.frontier());
    }

    @Provide
    static Arbitrary<Integer> sizes() {
        return Arbitraries.integers().between(0, 2000).withDistribution(RandomDistribution.uniform());
    }

    @Test
    void copiesAreIndependent() {
        List<byte[]> leaves = MerkleProofPropertiesTest.randomLeaves(11, new Random(3));
        MerkleAccumulator original = new MerkleAccumulator(tree);
        leaves.subList(0, 10).forEach(original::append);
        MerkleAccumulator copy = original.copy();
        copy.append(leaves.get(10));
        assertThat(original.size()).isEqualTo(10);
        assertThat(original.root()).isEqualTo(tree.root(leaves.subList(0, 10)));
        assertThat(copy.root()).isEqualTo(tree.root(leaves));
    }

    @Test
    void emptyAccumulatorHasTheEmptyRoot() {
        MerkleAccumulator accumulator = new MerkleAccumulator(tree);
        assertThat(accumulator.root()).isEqualTo(tree.emptyRoot());
        assertThat(accumulator.frontier()).isEmpty();
        assertThat(accumulator.append(new byte[32])).isEmpty();
        assertThat(accumulator.append(new byte[32]))
                .containsExactly(new NodeCompleted(new NodeId(1, 0), tree.nodeHash(new byte[32], new byte[32])));
    }

    @Test
    void restoreRejectsAFrontierThatCannotBelongToTheSize() {
        assertThatThrownBy(() -> MerkleAccumulator.restore(tree, 3, List.of(new byte[32])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 frontier nodes");
        assertThatThrownBy(() -> MerkleAccumulator.restore(tree, 1, List.of(new byte[31])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleAccumulator.restore(tree, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MerkleAccumulator(tree).append(new byte[20]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void worksForSm3Too() {
        MerkleTree sm3 = new MerkleTree(HashAlgorithm.SM3);
        List<byte[]> leaves = MerkleProofPropertiesTest.randomLeaves(13, new Random(5));
        MerkleAccumulator accumulator = new MerkleAccumulator(sm3);
        leaves.forEach(accumulator::append);
        assertThat(accumulator.root()).isEqualTo(sm3.root(leaves)).isNotEqualTo(tree.root(leaves));
        byte[] root = sm3.root(leaves);
        InMemorySubtrees source = new InMemorySubtrees(sm3, leaves);
        assertThat(sm3.verifyInclusion(6, 13, leaves.get(6), sm3.inclusionProof(6, 13, source), root)).isTrue();
        assertThat(sm3.verifyConsistency(5, 13, sm3.root(5, source), root, sm3.consistencyProof(5, 13, source)))
                .isTrue();
        assertThat(Hex.encode(sm3.emptyRoot()))
                .isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b"); // SM3("")
    }
}
