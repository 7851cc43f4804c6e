package org.scfledger.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * A signing key and its public key. Ed25519 via BouncyCastle's lightweight API; SM2 on sm2p256v1
 * with SM3, DER signatures and, unless given, the default user id "1234567812345678". SM2 signing
 * draws its per-signature k from a shared {@link SecureRandom}, never from the generation random.
 */
public final class LedgerKeyPair {

    private final SignatureAlgorithm algorithm;
    private final AsymmetricKeyParameter privateKey;
    private final LedgerPublicKey publicKey;

    private LedgerKeyPair(AsymmetricKeyParameter privateKey, AsymmetricKeyParameter publicKey) {
        this.privateKey = privateKey;
        this.publicKey = new LedgerPublicKey(publicKey);
        this.algorithm = this.publicKey.algorithm();
    }

    public static LedgerKeyPair generate(SignatureAlgorithm algorithm) {
        return generate(algorithm, new SecureRandom());
    }

    public static LedgerKeyPair generate(SignatureAlgorithm algorithm, SecureRandom random) {
        return switch (algorithm) {
            case ED25519 -> of(new Ed25519PrivateKeyParameters(random));
            case SM2 -> {
                AsymmetricCipherKeyPair pair = Sm2.generate(random);
                yield new LedgerKeyPair(pair.getPrivate(), pair.getPublic());
            }
        };
    }

    /** An Ed25519 key pair from its 32-byte RFC 8032 secret (seed), e.g. for known-answer tests. */
    static LedgerKeyPair fromEd25519Seed(byte[] seed) {
        if (seed.length != Ed25519Keys.SEED_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, got " + seed.length);
        }
        return of(new Ed25519PrivateKeyParameters(seed));
    }

    /** Reads a PKCS#8 "PRIVATE KEY" PEM holding an Ed25519 or SM2 key; derives the public key. */
    public static LedgerKeyPair fromPrivateKeyPem(String pem) {
        AsymmetricKeyParameter key =
                KeyEncoding.decodePrivate(KeyEncoding.fromPem(KeyEncoding.PRIVATE_KEY_PEM, pem));
        if (key instanceof Ed25519PrivateKeyParameters ed) {
            return of(ed);
        }
        ECPrivateKeyParameters sm2 = (ECPrivateKeyParameters) key; // KeyEncoding admits nothing else
        Sm2.requireUsablePrivateKey(sm2);
        return new LedgerKeyPair(sm2, Sm2.publicKeyOf(sm2));
    }

    public static LedgerKeyPair readFrom(Path privateKeyFile) throws IOException {
        return fromPrivateKeyPem(Files.readString(privateKeyFile, StandardCharsets.US_ASCII));
    }

    private static LedgerKeyPair of(Ed25519PrivateKeyParameters key) {
        return new LedgerKeyPair(key, key.generatePublicKey());
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    public LedgerPublicKey publicKey() {
        return publicKey;
    }

    /** Signs; SM2 keys use the default user id. */
    public byte[] sign(byte[] message) {
        return switch (algorithm) {
            case ED25519 -> Ed25519Keys.sign((Ed25519PrivateKeyParameters) privateKey, message);
            case SM2 -> Sm2.sign((ECPrivateKeyParameters) privateKey, Sm2.defaultUserId(), message);
        };
    }

    /** Signs with SM2 for {@code userId}; {@link UnsupportedOperationException} for Ed25519 keys. */
    public byte[] sign(byte[] message, byte[] userId) {
        publicKey.requireSm2();
        return Sm2.sign((ECPrivateKeyParameters) privateKey, userId, message);
    }

    /** The private key as a PKCS#8 "PRIVATE KEY" PEM block (unencrypted: protect the file). */
    public String privateKeyPem() {
        return KeyEncoding.toPem(KeyEncoding.PRIVATE_KEY_PEM, KeyEncoding.encodePrivate(privateKey));
    }

    /**
     * Writes the private key PEM to a new file, readable and writable by the owner only where the file
     * system has POSIX permissions, and the public key PEM next to it. Never overwrites a private key:
     * an existing {@code privateKeyFile} fails with {@link java.nio.file.FileAlreadyExistsException}.
     */
    public void writeTo(Path privateKeyFile, Path publicKeyFile) throws IOException {
        if (privateKeyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Created with the restricted mode, so the key is never readable by others, not even briefly.
            Files.createFile(
                    privateKeyFile,
                    PosixFilePermissions.asFileAttribute(
                            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        } else {
            Files.createFile(privateKeyFile);
        }
        Files.writeString(privateKeyFile, privateKeyPem(), StandardCharsets.US_ASCII);
        Files.writeString(publicKeyFile, publicKey.toPem(), StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "LedgerKeyPair[" + algorithm + ", public key " + publicKey.fingerprint() + "]";
    }
}
