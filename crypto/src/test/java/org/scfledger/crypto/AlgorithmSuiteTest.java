package org.scfledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AlgorithmSuiteTest {

    @Test
    void suitesAreFoundByName() {
        assertThat(AlgorithmSuite.named("SHA256-ED25519")).isEqualTo(AlgorithmSuite.SHA256_ED25519);
        assertThat(AlgorithmSuite.named("SM3-SM2")).isEqualTo(AlgorithmSuite.SM3_SM2);
        assertThat(AlgorithmSuite.SM3_SM2.hash()).isEqualTo(HashAlgorithm.SM3);
        assertThat(AlgorithmSuite.SM3_SM2.signature()).isEqualTo(SignatureAlgorithm.SM2);
        assertThat(AlgorithmSuite.SHA256_ED25519.hash()).isEqualTo(HashAlgorithm.SHA256);
        assertThat(AlgorithmSuite.SHA256_ED25519.signature()).isEqualTo(SignatureAlgorithm.ED25519);
    }

    @Test
    void defaultIsSha256Ed25519() {
        assertThat(AlgorithmSuite.defaultSuite()).isEqualTo(AlgorithmSuite.SHA256_ED25519);
        assertThat(AlgorithmSuite.defaultSuite().suiteName()).isEqualTo("SHA256-ED25519");
    }

    @Test
    void unknownNameListsTheValidChoices() {
        assertThatThrownBy(() -> AlgorithmSuite.named("sm3-sm2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sm3-sm2'")
                .hasMessageContaining("SHA256-ED25519, SM3-SM2");
        assertThatThrownBy(() -> AlgorithmSuite.named("SM3_SM2")).isInstanceOf(IllegalArgumentException.class);
    }
}
