package org.scfledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8032 section 7.1 test vectors. */
class Ed25519VectorTest {

    @ParameterizedTest(name = "RFC 8032 TEST {0}")
    @CsvSource({
        "1, 9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60,"
                + " d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a, '',"
                + " e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
        "2, 4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb,"
                + " 3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c, 72,"
                + " 92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
    })
    void signsAndVerifiesTheRfcVectors(
            int number, String secret, String publicKey, String message, String signature) throws Exception {
        LedgerKeyPair pair = LedgerKeyPair.fromEd25519Seed(Hex.decode(secret));
        byte[] msg = Hex.decode(message);

        assertThat(Hex.encode(pair.sign(msg))).isEqualTo(signature);
        assertThat(pair.publicKey().verify(msg, Hex.decode(signature))).isTrue();
        SubjectPublicKeyInfo spki =
                SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(pair.publicKey().encoded()));
        assertThat(Hex.encode(spki.getPublicKeyData().getOctets())).isEqualTo(publicKey);
        // RFC 8410: SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (32 bytes) }, 44 bytes in all
        assertThat(Hex.encode(pair.publicKey().encoded())).isEqualTo("302a300506032b6570032100" + publicKey);
    }
}
