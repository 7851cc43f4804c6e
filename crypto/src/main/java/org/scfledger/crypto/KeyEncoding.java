package org.scfledger.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * DER and PEM for keys: public keys as X.509 SubjectPublicKeyInfo ("PUBLIC KEY"), private keys as
 * PKCS#8 PrivateKeyInfo ("PRIVATE KEY"). Ed25519 is identified by OID 1.3.101.112 (RFC 8410); SM2 by
 * id-ecPublicKey with the named curve sm2p256v1 (1.2.156.10197.1.301), as OpenSSL writes them.
 */
final class KeyEncoding {

    static final String PUBLIC_KEY_PEM = "PUBLIC KEY";
    static final String PRIVATE_KEY_PEM = "PRIVATE KEY";

    private KeyEncoding() {}

    static SignatureAlgorithm algorithmOf(AlgorithmIdentifier id) {
        ASN1ObjectIdentifier oid = id.getAlgorithm();
        if (EdECObjectIdentifiers.id_Ed25519.equals(oid)) {
            return SignatureAlgorithm.ED25519;
        }
        ASN1Encodable curve = id.getParameters();
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid) && GMObjectIdentifiers.sm2p256v1.equals(curve)) {
            return SignatureAlgorithm.SM2;
        }
        throw new IllegalArgumentException(
                "unsupported key algorithm " + oid + (curve == null ? "" : " with parameters " + curve)
                        + "; expected Ed25519 or SM2 on sm2p256v1");
    }

    // ---------------------------------------------------------------- public keys

    static byte[] encodePublic(AsymmetricKeyParameter publicKey) {
        try {
            return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey)
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode public key", e);
        }
    }

    /** Decodes a DER SubjectPublicKeyInfo, accepting only Ed25519 and SM2 keys. */
    static AsymmetricKeyParameter decodePublic(byte[] der) {
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
            algorithmOf(info.getAlgorithm());
            return PublicKeyFactory.createKey(info);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a valid Ed25519 or SM2 public key: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- private keys

    static byte[] encodePrivate(AsymmetricKeyParameter privateKey) {
        try {
            PrivateKeyInfo info =
                    privateKey instanceof Ed25519PrivateKeyParameters ed
                            // RFC 8410's plain v1 form (seed only), the form every tool reads.
                            ? new PrivateKeyInfo(
                                    new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519),
                                    new DEROctetString(ed.getEncoded()))
                            : PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey);
            return info.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode private key", e);
        }
    }

    /** Decodes a DER PKCS#8 PrivateKeyInfo, accepting only Ed25519 and SM2 keys. */
    static AsymmetricKeyParameter decodePrivate(byte[] der) {
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
            algorithmOf(info.getPrivateKeyAlgorithm());
            return PrivateKeyFactory.createKey(info);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "not a valid Ed25519 or SM2 PKCS#8 private key: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- PEM

    static String toPem(String type, byte[] der) {
        StringWriter out = new StringWriter();
        try (PemWriter pem = new PemWriter(out)) {
            pem.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write PEM", e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The DER inside the first PEM block, which must be of {@code type}. */
    static byte[] fromPem(String type, String pem) {
        PemObject object;
        try (PemReader reader = new PemReader(new StringReader(pem))) {
            object = reader.readPemObject();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed PEM: " + e.getMessage(), e);
        }
        if (object == null) {
            throw new IllegalArgumentException("no PEM block found; expected -----BEGIN " + type + "-----");
        }
        if (!type.equals(object.getType())) {
            throw new IllegalArgumentException(
                    "expected a PEM " + type + " block, found " + object.getType());
        }
        return object.getContent();
    }
}
