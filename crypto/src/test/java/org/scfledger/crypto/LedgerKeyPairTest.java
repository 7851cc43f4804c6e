package org.scfledger.crypto;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerKeyPairTest {

    private static final byte[] MESSAGE = "pay 100.00 CNY to supplier 42".getBytes(US_ASCII);

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signaturesVerifyOnlyForTheirKeyAndMessage(SignatureAlgorithm algorithm) {
        LedgerKeyPair pair = LedgerKeyPair.generate(algorithm);
        LedgerKeyPair other = LedgerKeyPair.generate(algorithm);
        byte[] signature = pair.sign(MESSAGE);

        assertThat(pair.algorithm()).isEqualTo(algorithm);
        assertThat(pair.publicKey().algorithm()).isEqualTo(algorithm);
        assertThat(pair.publicKey().verify(MESSAGE, signature)).isTrue();
        assertThat(other.publicKey().verify(MESSAGE, signature)).isFalse();
        assertThat(pair.publicKey().verify("pay 100.01 CNY to supplier 42".getBytes(US_ASCII), signature)).isFalse();
        assertThat(pair.publicKey().verify(new byte[0], signature)).isFalse();
        for (int bit = 0; bit < signature.length * 8; bit++) {
            byte[] flipped = signature.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThat(pair.publicKey().verify(MESSAGE, flipped)).as("bit %d flipped", bit).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void malformedSignaturesAreFalseNotExceptions(SignatureAlgorithm algorithm) {
        LedgerPublicKey key = LedgerKeyPair.generate(algorithm).publicKey();
        byte[] signature = LedgerKeyPair.generate(algorithm).sign(MESSAGE);
        assertThat(key.verify(MESSAGE, new byte[0])).isFalse();
        assertThat(key.verify(MESSAGE, new byte[64])).isFalse();
        assertThat(key.verify(MESSAGE, new byte[] {0x30, 0x00})).isFalse();
        assertThat(key.verify(MESSAGE, new byte[] {0x30, (byte) 0x80, 1, 2})).isFalse();
        assertThat(key.verify(MESSAGE, Arrays.copyOf(signature, signature.length - 1))).isFalse();
        assertThat(key.verify(MESSAGE, Arrays.copyOf(signature, signature.length + 1))).isFalse();
        byte[] allOnes = new byte[72];
        Arrays.fill(allOnes, (byte) 0xff);
        assertThat(key.verify(MESSAGE, allOnes)).isFalse();
    }

    @Test
    void ed25519IsDeterministicAndSm2IsNot() {
        LedgerKeyPair ed = LedgerKeyPair.generate(SignatureAlgorithm.ED25519);
        assertThat(ed.sign(MESSAGE)).isEqualTo(ed.sign(MESSAGE)).hasSize(64);
        LedgerKeyPair sm2 = LedgerKeyPair.generate(SignatureAlgorithm.SM2);
        assertThat(sm2.sign(MESSAGE)).isNotEqualTo(sm2.sign(MESSAGE));
    }

    @Test
    void sm2SignaturesAreDerSequencesOfRAndS() throws IOException {
        LedgerKeyPair sm2 = LedgerKeyPair.generate(SignatureAlgorithm.SM2);
        ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(sm2.sign(MESSAGE)));
        assertThat(sequence.size()).isEqualTo(2);
        BigInteger n = Sm2.SM2P256V1.getN();
        for (int i = 0; i < 2; i++) {
            BigInteger value = ASN1Integer.getInstance(sequence.getObjectAt(i)).getValue();
            assertThat(value).isPositive().isLessThan(n);
        }
    }

    @Test
    void sm2UserIdIsPartOfTheSignature() {
        LedgerKeyPair sm2 = LedgerKeyPair.generate(SignatureAlgorithm.SM2);
        byte[] alice = "ALICE123@YAHOO.COM".getBytes(US_ASCII);
        byte[] withAlice = sm2.sign(MESSAGE, alice);
        byte[] withDefault = sm2.sign(MESSAGE);

        assertThat(sm2.publicKey().verify(MESSAGE, withAlice, alice)).isTrue();
        assertThat(sm2.publicKey().verify(MESSAGE, withAlice)).isFalse();
        assertThat(sm2.publicKey().verify(MESSAGE, withAlice, "ALICE123@YAHOO.CON".getBytes(US_ASCII))).isFalse();
        assertThat(sm2.publicKey().verify(MESSAGE, withDefault)).isTrue();
        assertThat(sm2.publicKey().verify(MESSAGE, withDefault, "1234567812345678".getBytes(US_ASCII))).isTrue();
        assertThat(sm2.publicKey().verify(MESSAGE, withDefault, alice)).isFalse();
        assertThat(sm2.publicKey().verify(MESSAGE, withDefault, new byte[0])).isFalse();
    }

    @Test
    void userIdsAreRefusedForEd25519() {
        LedgerKeyPair ed = LedgerKeyPair.generate(SignatureAlgorithm.ED25519);
        assertThatThrownBy(() -> ed.sign(MESSAGE, new byte[1])).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ed.publicKey().verify(MESSAGE, ed.sign(MESSAGE), new byte[1]))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void generationIsReproducibleFromTheRandomSource() throws Exception {
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            LedgerKeyPair a = LedgerKeyPair.generate(algorithm, seeded(42));
            LedgerKeyPair b = LedgerKeyPair.generate(algorithm, seeded(42));
            LedgerKeyPair c = LedgerKeyPair.generate(algorithm, seeded(43));
            assertThat(a.publicKey()).isEqualTo(b.publicKey()).isNotEqualTo(c.publicKey());
        }
    }

    // ------------------------------------------------------------------ encodings

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void pemRoundTripsKeepKeysAndFingerprints(SignatureAlgorithm algorithm) {
        LedgerKeyPair pair = LedgerKeyPair.generate(algorithm);
        LedgerPublicKey publicKey = pair.publicKey();

        String publicPem = publicKey.toPem();
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----").contains("-----END PUBLIC KEY-----");
        LedgerPublicKey readBack = LedgerPublicKey.fromPem(publicPem);
        assertThat(readBack).isEqualTo(publicKey).hasSameHashCodeAs(publicKey);
        assertThat(readBack.fingerprint()).isEqualTo(publicKey.fingerprint());
        assertThat(readBack.algorithm()).isEqualTo(algorithm);
        assertThat(LedgerPublicKey.fromEncoded(publicKey.encoded())).isEqualTo(publicKey);

        String privatePem = pair.privateKeyPem();
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----").contains("-----END PRIVATE KEY-----");
        LedgerKeyPair restored = LedgerKeyPair.fromPrivateKeyPem(privatePem);
        assertThat(restored.algorithm()).isEqualTo(algorithm);
        assertThat(restored.publicKey()).isEqualTo(publicKey);
        assertThat(restored.privateKeyPem()).isEqualTo(privatePem);
        assertThat(publicKey.verify(MESSAGE, restored.sign(MESSAGE))).isTrue();
        assertThat(restored.publicKey().verify(MESSAGE, pair.sign(MESSAGE))).isTrue();
    }

    @Test
    void fingerprintIsSha256OfTheDerSubjectPublicKeyInfo() {
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            LedgerPublicKey key = LedgerKeyPair.generate(algorithm).publicKey();
            assertThat(key.fingerprint())
                    .hasSize(64)
                    .matches("[0-9a-f]{64}")
                    .isEqualTo(Hex.encode(ReferenceMerkle.sha256(key.encoded())));
        }
    }

    @Test
    void fingerprintOfTheRfc8032Key() {
        LedgerKeyPair pair =
                LedgerKeyPair.fromEd25519Seed(
                        Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        assertThat(pair.publicKey().fingerprint())
                .isEqualTo(
                        Hex.encode(
                                ReferenceMerkle.sha256(
                                        Hex.decode(
                                                "302a300506032b6570032100"
                                                        + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"))));
    }

    @Test
    void keysCarryTheStandardAlgorithmIdentifiers() throws IOException {
        LedgerKeyPair ed = LedgerKeyPair.generate(SignatureAlgorithm.ED25519);
        PrivateKeyInfo edInfo = privateKeyInfo(ed);
        assertThat(edInfo.getPrivateKeyAlgorithm().getAlgorithm()).isEqualTo(EdECObjectIdentifiers.id_Ed25519);
        assertThat(edInfo.getPrivateKeyAlgorithm().getParameters()).isNull();
        assertThat(edInfo.getVersion().getValue()).isEqualTo(BigInteger.ZERO);

        LedgerKeyPair sm2 = LedgerKeyPair.generate(SignatureAlgorithm.SM2);
        PrivateKeyInfo sm2Info = privateKeyInfo(sm2);
        assertThat(sm2Info.getPrivateKeyAlgorithm().getAlgorithm()).isEqualTo(X9ObjectIdentifiers.id_ecPublicKey);
        assertThat(sm2Info.getPrivateKeyAlgorithm().getParameters()).isEqualTo(GMObjectIdentifiers.sm2p256v1);
        SubjectPublicKeyInfo spki =
                SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(sm2.publicKey().encoded()));
        assertThat(spki.getAlgorithm().getAlgorithm()).isEqualTo(X9ObjectIdentifiers.id_ecPublicKey);
        assertThat(spki.getAlgorithm().getParameters()).isEqualTo(GMObjectIdentifiers.sm2p256v1);
        assertThat(spki.getPublicKeyData().getOctets()).hasSize(65).startsWith(0x04); // uncompressed point
    }

    @Test
    void readsPkcs8WithAnEmbeddedPublicKeyToo() throws IOException {
        // BouncyCastle's own encoder writes Ed25519 as OneAsymmetricKey (v2, public key included).
        LedgerKeyPair pair = LedgerKeyPair.generate(SignatureAlgorithm.ED25519);
        byte[] v2 =
                PrivateKeyInfoFactory.createPrivateKeyInfo(
                                KeyEncoding.decodePrivate(KeyEncoding.fromPem("PRIVATE KEY", pair.privateKeyPem())))
                        .getEncoded();
        LedgerKeyPair read = LedgerKeyPair.fromPrivateKeyPem(KeyEncoding.toPem("PRIVATE KEY", v2));
        assertThat(read.publicKey()).isEqualTo(pair.publicKey());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "garbage",
                "-----BEGIN PUBLIC KEY-----\nnot base64 at all!!\n-----END PUBLIC KEY-----\n",
                "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
                "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n",
                "-----BEGIN CERTIFICATE-----\nMCowBQYDK2VwAyEA\n-----END CERTIFICATE-----\n",
                "-----BEGIN PUBLIC KEY-----\nMBMGByqGSM49AgEGCCqGSM49AwEHAwA=\n-----END PUBLIC KEY-----\n"
            })
    void garbagePublicKeyPemIsAClearIllegalArgument(String pem) {
        assertThatThrownBy(() -> LedgerPublicKey.fromPem(pem))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .isNotBlank()
                .containsAnyOf("PEM", "public key");
    }

    @Test
    void foreignKeyTypesAreRejectedByName() throws IOException {
        // A P-256 key: a valid SubjectPublicKeyInfo, but neither Ed25519 nor SM2.
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(
                new ECKeyGenerationParameters(
                        ECNamedDomainParameters.lookup(SECObjectIdentifiers.secp256r1), new SecureRandom()));
        String p256 =
                KeyEncoding.toPem(
                        "PUBLIC KEY",
                        SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(generator.generateKeyPair().getPublic())
                                .getEncoded());
        assertThatThrownBy(() -> LedgerPublicKey.fromPem(p256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected Ed25519 or SM2");
        assertThatThrownBy(() -> LedgerKeyPair.fromPrivateKeyPem(LedgerKeyPair.generate(SignatureAlgorithm.SM2).publicKey().toPem()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PRIVATE KEY");
        assertThatThrownBy(() -> LedgerKeyPair.fromPrivateKeyPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("private key");
    }

    @Test
    void sm2PrivateKeysOutsideTheUsableRangeAreRejected() throws IOException {
        BigInteger nMinusOne = Sm2.SM2P256V1.getN().subtract(BigInteger.ONE);
        byte[] der =
                PrivateKeyInfoFactory.createPrivateKeyInfo(new ECPrivateKeyParameters(nMinusOne, Sm2.SM2P256V1))
                        .getEncoded();
        assertThatThrownBy(() -> LedgerKeyPair.fromPrivateKeyPem(KeyEncoding.toPem("PRIVATE KEY", der)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[1, n-2]");
    }

    // ------------------------------------------------------------------ files

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void keyFilesRoundTripWithAnOwnerOnlyPrivateKey(SignatureAlgorithm algorithm, @TempDir Path dir)
            throws IOException {
        LedgerKeyPair pair = LedgerKeyPair.generate(algorithm);
        Path privateFile = dir.resolve("ledger.key");
        Path publicFile = dir.resolve("ledger.pub");
        pair.writeTo(privateFile, publicFile);

        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile))).isEqualTo("rw-------");
        }
        assertThat(LedgerKeyPair.readFrom(privateFile).publicKey()).isEqualTo(pair.publicKey());
        assertThat(LedgerPublicKey.readFrom(publicFile)).isEqualTo(pair.publicKey());
        assertThat(Files.readString(publicFile)).isEqualTo(pair.publicKey().toPem());
        assertThat(Files.readString(privateFile)).isEqualTo(pair.privateKeyPem());

        assertThatThrownBy(() -> LedgerKeyPair.generate(algorithm).writeTo(privateFile, dir.resolve("other.pub")))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(LedgerKeyPair.readFrom(privateFile).publicKey()).isEqualTo(pair.publicKey());
    }

    @Test
    void toStringNeverShowsThePrivateKey() {
        LedgerKeyPair pair = LedgerKeyPair.generate(SignatureAlgorithm.ED25519);
        String body = pair.privateKeyPem().lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        assertThat(pair.toString()).contains(pair.publicKey().fingerprint()).doesNotContain(body);
    }

    private static PrivateKeyInfo privateKeyInfo(LedgerKeyPair pair) throws IOException {
        return PrivateKeyInfo.getInstance(
                ASN1Primitive.fromByteArray(KeyEncoding.fromPem("PRIVATE KEY", pair.privateKeyPem())));
    }

    private static SecureRandom seeded(long seed) throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(seed);
        return random;
    }
}
