package org.scfledger.core.journal.export;

import java.nio.charset.StandardCharsets;
import org.scfledger.crypto.Hex;

/** Lowercase hex read in place from a line, so that the verifier's fast path decodes nothing. */
final class HexText {

    private static final byte[] DIGITS = ExportFormat.ascii("0123456789abcdef");
    /** 1 for the sixteen lowercase hex digits, 0 for every other byte: a lookup, since branching on random digits mispredicts. */
    private static final byte[] IS_DIGIT = new byte[256];

    static {
        for (byte digit : DIGITS) {
            IS_DIGIT[digit] = 1;
        }
    }

    private HexText() {
    }

    static boolean isLowercaseHex(byte[] bytes, int at, int length) {
        int all = 1;
        for (int i = at; i < at + length; i++) {
            all &= IS_DIGIT[bytes[i] & 0xff];
        }
        return all == 1;
    }

    /** True when the {@code 2 * value.length} hex digits at {@code at} spell {@code value}. */
    static boolean spells(byte[] bytes, int at, byte[] value) {
        for (int i = 0; i < value.length; i++) {
            if (bytes[at + 2 * i] != DIGITS[(value[i] >> 4) & 0xf] || bytes[at + 2 * i + 1] != DIGITS[value[i] & 0xf]) {
                return false;
            }
        }
        return true;
    }

    static byte[] decode(byte[] bytes, int at, int length) {
        return Hex.decode(new String(bytes, at, length, StandardCharsets.US_ASCII));
    }
}
