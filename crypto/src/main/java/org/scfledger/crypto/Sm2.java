package org.scfledger.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * GB/T 32918.2 SM2 signatures over BouncyCastle's {@link SM2Signer}, always with an explicit user id
 * and DER ({@code SEQUENCE { r, s }}) signatures. The domain is a parameter so the standard's own
 * example, on its Fp-256 test curve, can be checked.
 */
final class Sm2 {

    /** The production curve of GB/T 32918.5. */
    static final ECNamedDomainParameters SM2P256V1 =
            new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1, GMNamedCurves.getByName("sm2p256v1"));

    private static final SecureRandom SIGNING_RANDOM = new SecureRandom();

    private Sm2() {}

    static byte[] defaultUserId() {
        return SignatureAlgorithm.SM2_DEFAULT_USER_ID.getBytes(StandardCharsets.US_ASCII);
    }

    static AsymmetricCipherKeyPair generate(SecureRandom random) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(SM2P256V1, random));
        return generator.generateKeyPair();
    }

    static ECPublicKeyParameters publicKeyOf(ECPrivateKeyParameters privateKey) {
        ECDomainParameters domain = privateKey.getParameters();
        ECPoint q = new FixedPointCombMultiplier().multiply(domain.getG(), privateKey.getD()).normalize();
        return new ECPublicKeyParameters(q, domain);
    }

    /** Signs with a fresh random k from a shared {@link SecureRandom}. */
    static byte[] sign(ECPrivateKeyParameters key, byte[] userId, byte[] message) {
        return sign(key, userId, message, SIGNING_RANDOM);
    }

    /** Signs drawing k from {@code random}; a fixed "random" reproduces the standard's example. */
    static byte[] sign(ECPrivateKeyParameters key, byte[] userId, byte[] message, SecureRandom random) {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithID(new ParametersWithRandom(key, random), userId));
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    /** False, never an exception, for a malformed signature. */
    static boolean verify(ECPublicKeyParameters key, byte[] userId, byte[] message, byte[] signature) {
        try {
            SM2Signer verifier = new SM2Signer();
            verifier.init(false, new ParametersWithID(key, userId));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /**
     * Z_A = SM3(ENTL_A || ID_A || a || b || x_G || y_G || x_A || y_A), the user-identity prefix of
     * GB/T 32918.2 section 5.5. {@link SM2Signer} computes it internally; this exposes it for checking.
     */
    static byte[] za(ECDomainParameters domain, ECPoint publicKey, byte[] userId) {
        int idBits = userId.length * 8;
        if (idBits > 0xFFFF) {
            throw new IllegalArgumentException("SM2 user id longer than 8191 bytes");
        }
        ECPoint g = domain.getG().normalize();
        ECPoint q = publicKey.normalize();
        Hasher sm3 = new BcHasher(new SM3Digest());
        sm3.update((byte) (idBits >>> 8)).update((byte) idBits).update(userId);
        for (ECFieldElement element :
                new ECFieldElement[] {
                    domain.getCurve().getA(), domain.getCurve().getB(),
                    g.getAffineXCoord(), g.getAffineYCoord(),
                    q.getAffineXCoord(), q.getAffineYCoord()
                }) {
            sm3.update(element.getEncoded());
        }
        return sm3.digest();
    }

    /** The (r, s) pair inside a DER signature. */
    static BigInteger[] decodeSignature(ECDomainParameters domain, byte[] signature) {
        try {
            return StandardDSAEncoding.INSTANCE.decode(domain.getN(), signature);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a DER SM2 signature", e);
        }
    }

    /** GB/T 32918.1 requires d in [1, n-2] (signing inverts 1 + d); BC only enforces [1, n-1]. */
    static void requireUsablePrivateKey(ECPrivateKeyParameters key) {
        BigInteger d = key.getD();
        BigInteger n = key.getParameters().getN();
        if (d.signum() <= 0 || d.compareTo(n.subtract(BigInteger.TWO)) > 0) {
            throw new IllegalArgumentException("SM2 private key out of range [1, n-2]");
        }
    }
}
