package org.scfledger.crypto;

import java.io.IOException;
import java.math.BigDecimal;
import org.erdtman.jcs.NumberToJSON;

/**
 * Rejects the invalid JSON that the JCS library would otherwise accept and silently alter: unpaired
 * UTF-16 surrogates, raw or {@code \\u}-escaped (it turns them into "?", while RFC 8785 requires
 * I-JSON, which forbids them), and numbers with leading zeros such as {@code 01} (RFC 8259 forbids
 * them; the library reads 1). In {@linkplain #checkExact exact mode} it also rejects numbers whose
 * canonical form is another value, such as 9007199254740993 (RFC 8785 numbers are doubles: it would hash
 * 9007199254740992). Everything else is left to the library's parser.
 */
final class JsonTextCheck {

    private JsonTextCheck() {}

    static void check(String json) {
        check(json, false);
    }

    static void checkExact(String json) {
        check(json, true);
    }

    private static void check(String json, boolean exactNumbers) {
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
            } else if (!inString && startsNumber(json, i)) {
                int end = numberEnd(json, i);
                int integerPart = json.charAt(i) == '-' ? i + 1 : i;
                if (integerPart < json.length() && isLeadingZero(json, integerPart)) {
                    throw new IllegalArgumentException("not valid JSON: number with a leading zero at " + i);
                }
                if (exactNumbers) {
                    requireExactAsDouble(json.substring(i, end), i);
                }
                length = end - i;
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

    private static boolean startsNumber(String json, int i) {
        char c = json.charAt(i);
        return (c == '-' || isDigit(c)) && (i == 0 || !isNumberChar(json.charAt(i - 1)));
    }

    private static int numberEnd(String json, int from) {
        int end = from;
        while (end < json.length() && isNumberChar(json.charAt(end))) {
            end++;
        }
        return end;
    }

    /** RFC 8785 numbers are doubles: a value that does not survive the trip would be hashed as another value. */
    private static void requireExactAsDouble(String number, int at) {
        boolean exact;
        try {
            double value = Double.parseDouble(number);
            exact = Double.isFinite(value)
                    && new BigDecimal(number).compareTo(new BigDecimal(NumberToJSON.serializeNumber(value))) == 0;
        } catch (NumberFormatException | IOException e) {
            return; // not a number at all: the parser reports it
        }
        if (!exact) {
            throw new IllegalArgumentException("not representable in canonical JSON: the number " + number + " at " + at
                    + " is not exactly an IEEE 754 double; send it as a string");
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
