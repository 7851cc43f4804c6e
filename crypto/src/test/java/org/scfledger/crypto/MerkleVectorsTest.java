package org.scfledger.crypto;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The transparency-dev/merkle RFC 6962 vectors, reproduced by the generator and accepted by the verifier. */
class MerkleVectorsTest {

    private static final JsonNode VECTORS = Vectors.load("rfc6962-merkle.json");
    private final MerkleTree tree = new MerkleTree(HashAlgorithm.SHA256);

    private List<byte[]> leafHashes() {
        return Vectors.hexList(VECTORS.get("leavesHex")).stream().map(tree::leafHash).toList();
    }

    @Test
    void hasherVectors() {
        JsonNode hasher = VECTORS.get("hasher");
        assertThat(Hex.encode(tree.leafHash("L123456".getBytes(US_ASCII))))
                .isEqualTo(hasher.get("leafHashOfAscii_L123456").asText());
        assertThat(Hex.encode(tree.nodeHash("N123".getBytes(US_ASCII), "N456".getBytes(US_ASCII))))
                .isEqualTo(hasher.get("nodeHashOfAscii_N123_N456").asText());
        assertThat(Hex.encode(tree.emptyRoot())).isEqualTo(hasher.get("emptyTreeRoot").asText());
        assertThat(Hex.encode(tree.root(List.of()))).isEqualTo(hasher.get("emptyTreeRoot").asText());
        assertThat(Hex.encode(tree.root(0, nodes -> Map.of()))).isEqualTo(hasher.get("emptyTreeRoot").asText());
    }

    @Test
    void rootOfEverySize() {
        List<byte[]> leaves = leafHashes();
        InMemorySubtrees source = new InMemorySubtrees(tree, leaves);
        JsonNode roots = VECTORS.get("rootsBySize");
        assertThat(roots.size()).isEqualTo(8);
        roots.fields().forEachRemaining(entry -> {
            int size = Integer.parseInt(entry.getKey());
            String expected = entry.getValue().asText();
            assertThat(Hex.encode(tree.root(leaves.subList(0, size)))).as("in-memory root %d", size).isEqualTo(expected);
            assertThat(Hex.encode(tree.root(size, source))).as("stored root %d", size).isEqualTo(expected);
            MerkleAccumulator accumulator = new MerkleAccumulator(tree);
            leaves.subList(0, size).forEach(accumulator::append);
            assertThat(Hex.encode(accumulator.root())).as("accumulated root %d", size).isEqualTo(expected);
        });
    }

    @Test
    void inclusionProofs() {
        List<byte[]> leaves = leafHashes();
        InMemorySubtrees source = new InMemorySubtrees(tree, leaves);
        JsonNode proofs = VECTORS.get("inclusionProofs");
        assertThat(proofs.size()).isEqualTo(4);
        for (JsonNode vector : proofs) {
            long index = vector.get("leafIndex").asLong();
            long size = vector.get("treeSize").asLong();
            List<byte[]> expected = Vectors.hexList(vector.get("proof"));
            byte[] root = Vectors.hex(VECTORS.get("rootsBySize").get(Long.toString(size)));

            List<byte[]> generated = tree.inclusionProof(index, size, source);
            assertThat(hexes(generated)).as("proof for %d in %d", index, size).isEqualTo(hexes(expected));
            assertThat(tree.verifyInclusion(index, size, leaves.get((int) index), expected, root)).isTrue();
            assertThat(tree.verifyInclusion(index, size, leaves.get((int) index), expected, tree.emptyRoot())).isFalse();
        }
    }

    @Test
    void consistencyProofs() {
        List<byte[]> leaves = leafHashes();
        InMemorySubtrees source = new InMemorySubtrees(tree, leaves);
        JsonNode proofs = VECTORS.get("consistencyProofs");
        assertThat(proofs.size()).isEqualTo(4);
        for (JsonNode vector : proofs) {
            long from = vector.get("fromSize").asLong();
            long to = vector.get("toSize").asLong();
            List<byte[]> expected = Vectors.hexList(vector.get("proof"));
            byte[] fromRoot = Vectors.hex(VECTORS.get("rootsBySize").get(Long.toString(from)));
            byte[] toRoot = Vectors.hex(VECTORS.get("rootsBySize").get(Long.toString(to)));

            List<byte[]> generated = tree.consistencyProof(from, to, source);
            assertThat(hexes(generated)).as("proof %d -> %d", from, to).isEqualTo(hexes(expected));
            assertThat(tree.verifyConsistency(from, to, fromRoot, toRoot, expected)).isTrue();
            assertThat(tree.verifyConsistency(from, to, toRoot, fromRoot, expected)).isFalse();
        }
    }

    @Test
    void trivialConsistencyProofs() {
        List<byte[]> leaves = leafHashes();
        InMemorySubtrees source = new InMemorySubtrees(tree, leaves);
        byte[] root8 = tree.root(leaves);
        byte[] root7 = tree.root(leaves.subList(0, 7));
        assertThat(tree.consistencyProof(8, 8, source)).isEmpty();
        assertThat(tree.consistencyProof(0, 8, source)).isEmpty();
        assertThat(tree.verifyConsistency(8, 8, root8, root8, List.of())).isTrue();
        assertThat(tree.verifyConsistency(8, 8, root8, root7, List.of())).isFalse();
        assertThat(tree.verifyConsistency(8, 8, root8, root8, List.of(root8))).isFalse();
        assertThat(tree.verifyConsistency(0, 8, tree.emptyRoot(), root8, List.of())).isTrue();
        assertThat(tree.verifyConsistency(0, 8, root7, root8, List.of())).isFalse();
        assertThat(tree.verifyConsistency(7, 8, root7, root8, List.of())).isFalse();
        assertThat(tree.verifyConsistency(8, 7, root8, root7, List.of())).isFalse();
    }

    @Test
    void verifiersReturnFalseOnMalformedInput() {
        List<byte[]> leaves = leafHashes();
        byte[] root = tree.root(leaves);
        List<byte[]> proof = tree.inclusionProof(5, 8, new InMemorySubtrees(tree, leaves));
        assertThat(tree.verifyInclusion(5, 8, leaves.get(5), proof, root)).isTrue();
        assertThat(tree.verifyInclusion(-1, 8, leaves.get(5), proof, root)).isFalse();
        assertThat(tree.verifyInclusion(8, 8, leaves.get(5), proof, root)).isFalse();
        assertThat(tree.verifyInclusion(0, 0, leaves.get(5), proof, root)).isFalse();
        assertThat(tree.verifyInclusion(5, 8, new byte[31], proof, root)).isFalse();
        assertThat(tree.verifyInclusion(5, 8, leaves.get(5), List.of(new byte[0]), root)).isFalse();
        assertThat(tree.verifyInclusion(5, 8, leaves.get(5), proof.subList(0, 2), root)).isFalse();
        assertThat(tree.verifyInclusion(5, 8, leaves.get(5), List.of(), root)).isFalse();
        assertThat(tree.verifyConsistency(-1, 8, root, root, List.of())).isFalse();
        assertThat(tree.verifyConsistency(3, 8, root, new byte[3], List.of(root))).isFalse();
    }

    private static List<String> hexes(List<byte[]> hashes) {
        return hashes.stream().map(Hex::encode).toList();
    }
}
