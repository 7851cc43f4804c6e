package org.scfledger.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * RFC 8785 JSON Canonicalization Scheme: the exact bytes that get hashed and signed.
 *
 * <p>Numbers are IEEE 754 doubles under RFC 8785, so integers beyond 2^53 lose precision: money
 * amounts belong in strings. The underlying library only accepts an object or an array at the top
 * level.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    /** Canonical UTF-8 of the UTF-8 JSON text; {@link IllegalArgumentException} if it is not valid JSON. */
    public static byte[] canonicalize(byte[] utf8Json) {
        return canonicalize(decodeStrictUtf8(utf8Json));
    }

    /** Canonical UTF-8 of the JSON text; {@link IllegalArgumentException} if it is not valid JSON. */
    public static byte[] canonicalize(String json) {
        JsonTextCheck.check(json);
        return canonicalizeChecked(json);
    }

    private static byte[] canonicalizeChecked(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Like {@link #canonicalize(byte[])}, but refuses any number whose canonical form would be another value
     * (beyond 2^53, more than 17 significant digits, out of range): for records whose every value must be
     * kept exactly as given.
     */
    public static byte[] canonicalizeExact(byte[] utf8Json) {
        String json = decodeStrictUtf8(utf8Json);
        JsonTextCheck.checkExact(json);
        return canonicalizeChecked(json);
    }

    // The library would replace malformed UTF-8 with U+FFFD, silently changing what gets signed.
    private static String decodeStrictUtf8(byte[] utf8) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid JSON: the input is not well-formed UTF-8", e);
        }
    }
}
