package org.scfledger.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * A signer's public key. Identity is the DER SubjectPublicKeyInfo ({@link #encoded()}); the
 * {@link #fingerprint()} is the SHA-256 of it whatever the suite, so a key has one name everywhere.
 */
public final class LedgerPublicKey {

    private final SignatureAlgorithm algorithm;
    private final AsymmetricKeyParameter key;
    private final byte[] encoded;
    private final String fingerprint;

    LedgerPublicKey(AsymmetricKeyParameter key) {
        this.algorithm = algorithmOf(key);
        this.key = key;
        this.encoded = KeyEncoding.encodePublic(key);
        this.fingerprint = Hex.encode(HashAlgorithm.SHA256.digest(encoded));
    }

    /** A key from its DER SubjectPublicKeyInfo; {@link IllegalArgumentException} if it is not one. */
    public static LedgerPublicKey fromEncoded(byte[] subjectPublicKeyInfo) {
        return new LedgerPublicKey(KeyEncoding.decodePublic(subjectPublicKeyInfo));
    }

    /** A key from a "PUBLIC KEY" PEM block; {@link IllegalArgumentException} if it is not one. */
    public static LedgerPublicKey fromPem(String pem) {
        return fromEncoded(KeyEncoding.fromPem(KeyEncoding.PUBLIC_KEY_PEM, pem));
    }

    public static LedgerPublicKey readFrom(Path file) throws IOException {
        return fromPem(Files.readString(file, StandardCharsets.US_ASCII));
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** Verifies; SM2 keys use the default user id. False, never an exception, for bad signatures. */
    public boolean verify(byte[] message, byte[] signature) {
        return switch (algorithm) {
            case ED25519 -> Ed25519Keys.verify((Ed25519PublicKeyParameters) key, message, signature);
            case SM2 -> Sm2.verify((ECPublicKeyParameters) key, Sm2.defaultUserId(), message, signature);
        };
    }

    /** Verifies an SM2 signature made for {@code userId}; {@link UnsupportedOperationException} for Ed25519. */
    public boolean verify(byte[] message, byte[] signature, byte[] userId) {
        requireSm2();
        return Sm2.verify((ECPublicKeyParameters) key, userId, message, signature);
    }

    /** DER X.509 SubjectPublicKeyInfo. */
    public byte[] encoded() {
        return encoded.clone();
    }

    /** Lowercase hex SHA-256 of {@link #encoded()}: 64 characters. */
    public String fingerprint() {
        return fingerprint;
    }

    /** A "PUBLIC KEY" PEM block. */
    public String toPem() {
        return KeyEncoding.toPem(KeyEncoding.PUBLIC_KEY_PEM, encoded);
    }

    void requireSm2() {
        if (algorithm != SignatureAlgorithm.SM2) {
            throw new UnsupportedOperationException("user ids apply to SM2 keys only, this is " + algorithm);
        }
    }

    private static SignatureAlgorithm algorithmOf(AsymmetricKeyParameter key) {
        if (key instanceof Ed25519PublicKeyParameters) {
            return SignatureAlgorithm.ED25519;
        }
        if (key instanceof ECPublicKeyParameters ec && Sm2.SM2P256V1.equals(ec.getParameters())) {
            return SignatureAlgorithm.SM2;
        }
        throw new IllegalArgumentException("not an Ed25519 or sm2p256v1 public key");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LedgerPublicKey that && Arrays.equals(encoded, that.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "LedgerPublicKey[" + algorithm + ", " + fingerprint + "]";
    }
}
