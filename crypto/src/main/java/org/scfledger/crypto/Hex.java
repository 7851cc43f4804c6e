package org.scfledger.crypto;

/** Lowercase hexadecimal, strict on input (no whitespace, no odd lengths, no "0x" prefix). */
public final class Hex {

    private Hex() {}

    public static String encode(byte[] bytes) {
        return org.bouncycastle.util.encoders.Hex.toHexString(bytes);
    }

    /** Decodes upper- or lowercase hex; rejects anything else with {@link IllegalArgumentException}. */
    public static byte[] decode(String hex) {
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("hex string has odd length " + hex.length());
        }
        for (int i = 0; i < hex.length(); i++) {
            if (!isHexDigit(hex.charAt(i))) {
                throw new IllegalArgumentException(
                        "not a hex digit at position " + i + ": '" + hex.charAt(i) + "'");
            }
        }
        // BC's decoder silently skips whitespace, hence the strict check above.
        return org.bouncycastle.util.encoders.Hex.decodeStrict(hex);
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
