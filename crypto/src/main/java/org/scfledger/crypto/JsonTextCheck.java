package org.scfledger.crypto;

/**
 * Rejects the invalid JSON that the JCS library would otherwise accept and silently alter: unpaired
 * UTF-16 surrogates, raw or {@code \\u}-escaped (it turns them into "?", while RFC 8785 requires
 * I-JSON, which forbids them), and numbers with leading zeros such as {@code 01} (RFC 8259 forbids
 * them; the library reads 1). Everything else is left to the library's parser.
 */
final class JsonTextCheck {

    private JsonTextCheck() {}

    static void check(String json) {
        boolean inString = false;
        boolean expectLowSurrogate = false;
        int i = 0;
        while (i < json.length()) {
            char unit = json.charAt(i);
            int length = 1;
            if (inString && unit == '\\' && i + 1 < json.length()) {
                length = 2; // an escaped quote or backslash must not end the string
                unit = json.charAt(i + 1);
                if (unit == 'u' && isHex4(json, i + 2)) {
                    unit = (char) Integer.parseInt(json.substring(i + 2, i + 6), 16);
                    length = 6;
                }
            } else if (unit == '"') {
                inString = !inString;
            } else if (!inString && isLeadingZero(json, i)) {
                throw new IllegalArgumentException("not valid JSON: number with a leading zero at " + i);
            }
            if (expectLowSurrogate != Character.isLowSurrogate(unit)) {
                throw new IllegalArgumentException("not valid JSON: unpaired UTF-16 surrogate at " + i);
            }
            expectLowSurrogate = Character.isHighSurrogate(unit);
            i += length;
        }
        if (expectLowSurrogate) {
            throw new IllegalArgumentException("not valid JSON: unpaired UTF-16 surrogate at the end");
        }
    }

    private static boolean isHex4(String json, int from) {
        if (from + 4 > json.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            char c = json.charAt(i);
            if (!(isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    /** A '0' that starts a number's integer part and is followed by another digit, as in 01 or -01. */
    private static boolean isLeadingZero(String json, int i) {
        if (json.charAt(i) != '0' || i + 1 >= json.length() || !isDigit(json.charAt(i + 1))) {
            return false;
        }
        int before = i - 1;
        if (before >= 0 && json.charAt(before) == '-') {
            before--;
        }
        return before < 0 || !isNumberChar(json.charAt(before));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberChar(char c) {
        return isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }
}
