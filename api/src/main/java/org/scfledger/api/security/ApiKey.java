package org.scfledger.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scfledger.crypto.HashAlgorithm;

/**
 * An API key, {@code lk.<keyId>.<secret>}: the key id names the credential in lists and logs; the secret (256 random
 * bits) is shown once and only its SHA-256 is stored. A fast hash is right here: with 256 bits of entropy there is
 * nothing to guess, which is what slow password hashes guard against.
 */
public record ApiKey(String keyId, String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("lk\\.([a-z0-9]{12})\\.([A-Za-z0-9_-]{43})");
    private static final char[] KEY_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    public static ApiKey generate() {
        var keyId = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            keyId.append(KEY_ID_ALPHABET[RANDOM.nextInt(KEY_ID_ALPHABET.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new ApiKey(keyId.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The key a caller presented, if it has the form of one. */
    public static Optional<ApiKey> parse(String presented) {
        var match = FORM.matcher(presented.strip());
        return match.matches() ? Optional.of(new ApiKey(match.group(1), match.group(2))) : Optional.empty();
    }

    public byte[] secretHash() {
        return HashAlgorithm.SHA256.digest(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares in constant time, so that timing does not tell how much of a guess was right. */
    public boolean matches(byte[] storedHash) {
        return MessageDigest.isEqual(secretHash(), storedHash);
    }

    @Override
    public String toString() {
        return "lk." + keyId + "." + secret;
    }
}
