package org.scfledger.crypto;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HashAlgorithmTest {

    @Test
    void sha256KnownAnswers() {
        // FIPS 180-2 appendix B.1 and B.2, and the empty string.
        assertThat(Hex.encode(HashAlgorithm.SHA256.digest("abc".getBytes(US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(
                        Hex.encode(
                                HashAlgorithm.SHA256.digest(
                                        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(US_ASCII))))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assertThat(Hex.encode(HashAlgorithm.SHA256.digest(new byte[0])))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void sm3KnownAnswersFromGbT32905() {
        JsonNode sm3 = Vectors.load("sm3-sm2.json").get("sm3");
        assertThat(sm3).hasSize(2);
        for (JsonNode vector : sm3) {
            byte[] message = vector.get("messageAscii").asText().getBytes(US_ASCII);
            assertThat(Hex.encode(HashAlgorithm.SM3.digest(message)))
                    .isEqualTo(vector.get("digest").asText());
        }
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void incrementalHashingMatchesOneShotAndResetsAfterDigest(HashAlgorithm algorithm) {
        byte[] message = "the quick brown fox".getBytes(US_ASCII);
        byte[] expected = algorithm.digest(message);

        Hasher hasher = algorithm.newHasher();
        hasher.update(message[0]).update(message, 1, 9).update(Arrays.copyOfRange(message, 10, message.length));
        assertThat(hasher.digest()).isEqualTo(expected);
        // the hasher is fresh again after digest()
        assertThat(hasher.update(message).digest()).isEqualTo(expected);
        assertThat(algorithm.digestLength()).isEqualTo(32).isEqualTo(expected.length);
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void digestOfPartsIsDigestOfConcatenation(HashAlgorithm algorithm) {
        byte[] a = "ab".getBytes(US_ASCII);
        byte[] b = "c".getBytes(US_ASCII);
        assertThat(algorithm.digest(a, b, new byte[0])).isEqualTo(algorithm.digest("abc".getBytes(US_ASCII)));
        assertThat(algorithm.digest(a, b)).isNotEqualTo(algorithm.digest(b, a));
    }

    @Test
    void algorithmsDiffer() {
        byte[] abc = "abc".getBytes(US_ASCII);
        assertThat(HashAlgorithm.SM3.digest(abc)).isNotEqualTo(HashAlgorithm.SHA256.digest(abc));
    }
}
