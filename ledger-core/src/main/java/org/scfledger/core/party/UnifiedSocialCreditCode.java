package org.scfledger.core.party;

/**
 * A Chinese enterprise's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9A-HJ-NPQRTUWXY} (no I, O, S, V, Z), the last one a check character over the first 17.
 *
 * <p>Check character: each of the first 17 characters has the value of its position in {@link #ALPHABET} (0–30);
 * with the weights {@code 3^i mod 31} (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28) the check
 * value is {@code 31 − (Σ value × weight mod 31)}, and 31 counts as 0.
 */
public record UnifiedSocialCreditCode(String value) {

    /** The characters a code may use, in order of their values 0–30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        if (value == null) {
            throw new IllegalArgumentException("unifiedSocialCreditCode is required");
        }
        if (value.length() != 18) {
            throw new IllegalArgumentException("unifiedSocialCreditCode must be 18 characters (GB 32100-2015), got "
                    + value.length() + ": '" + value + "'");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException("unifiedSocialCreditCode '" + value + "' has '" + value.charAt(i)
                        + "' at position " + (i + 1) + "; only 0-9 and the capitals A-H J-N P Q R T U W X Y are allowed");
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new IllegalArgumentException("unifiedSocialCreditCode '" + value + "' fails its check: the 18th character"
                    + " should be '" + expected + "', not '" + value.charAt(17) + "' (mistyped?)");
        }
    }

    public static UnifiedSocialCreditCode of(String value) {
        return new UnifiedSocialCreditCode(value);
    }

    /** The check character of the first 17 characters of a code (which must be from {@link #ALPHABET}). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("the check character is computed over 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int characterValue = ALPHABET.indexOf(first17.charAt(i));
            if (characterValue < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not a character of a unified social credit code");
            }
            sum += characterValue * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    @Override
    public String toString() {
        return value;
    }
}
