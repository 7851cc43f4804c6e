package org.scfledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HexTest {

    @Test
    void encodesLowercaseAndDecodesEitherCase() {
        byte[] bytes = {0x00, 0x0f, (byte) 0xab, (byte) 0xff, 0x7a};
        assertThat(Hex.encode(bytes)).isEqualTo("000fabff7a");
        assertThat(Hex.decode("000fabff7a")).isEqualTo(bytes);
        assertThat(Hex.decode("000FABFF7A")).isEqualTo(bytes);
        assertThat(Hex.encode(new byte[0])).isEmpty();
        assertThat(Hex.decode("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "zz", "0x00", "00 11", " 0011", "0011\n", "g0", "\u0660\u0661", "\uff10\uff11"})
    void rejectsAnythingButPairsOfHexDigits(String bad) {
        assertThatThrownBy(() -> Hex.decode(bad)).isInstanceOf(IllegalArgumentException.class);
    }
}
