package org.scfledger.crypto;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.util.test.TestRandomBigInteger;
import org.junit.jupiter.api.Test;

/** GB/T 32918.2-2016's signature example on the standard's Fp-256 test curve, with its fixed k. */
class Sm2VectorTest {

    private static final JsonNode V = Vectors.load("sm3-sm2.json").get("sm2SignatureOnTestCurve");

    private static BigInteger big(String field) {
        return new BigInteger(V.get(field).asText(), 16);
    }

    private static final ECCurve CURVE =
            new ECCurve.Fp(big("p"), big("a"), big("b"), big("n"), BigInteger.ONE);
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE, CURVE.createPoint(big("Gx"), big("Gy")), big("n"));
    private static final ECPrivateKeyParameters PRIVATE_KEY = new ECPrivateKeyParameters(big("d"), DOMAIN);
    private static final ECPublicKeyParameters PUBLIC_KEY = Sm2.publicKeyOf(PRIVATE_KEY);
    private static final byte[] USER_ID = V.get("userIdAscii").asText().getBytes(US_ASCII);
    private static final byte[] MESSAGE = V.get("messageAscii").asText().getBytes(US_ASCII);

    @Test
    void zaMatchesTheStandard() {
        assertThat(Hex.encode(Sm2.za(DOMAIN, PUBLIC_KEY.getQ(), USER_ID)))
                .isEqualToIgnoringCase(V.get("ZA").asText());
    }

    @Test
    void signatureWithTheStandardsKMatchesRAndSExactly() {
        byte[] signature = Sm2.sign(PRIVATE_KEY, USER_ID, MESSAGE, fixedK());
        BigInteger[] rs = Sm2.decodeSignature(DOMAIN, signature);
        assertThat(rs[0]).isEqualTo(big("r"));
        assertThat(rs[1]).isEqualTo(big("s"));
        assertThat(Sm2.verify(PUBLIC_KEY, USER_ID, MESSAGE, signature)).isTrue();
    }

    @Test
    void theStandardsSignatureVerifiesOnlyForItsIdMessageAndKey() {
        byte[] signature = Sm2.sign(PRIVATE_KEY, USER_ID, MESSAGE, fixedK());
        assertThat(Sm2.verify(PUBLIC_KEY, "ALICE123@YAHOO.COM ".getBytes(US_ASCII), MESSAGE, signature)).isFalse();
        assertThat(Sm2.verify(PUBLIC_KEY, Sm2.defaultUserId(), MESSAGE, signature)).isFalse();
        assertThat(Sm2.verify(PUBLIC_KEY, USER_ID, "message digesT".getBytes(US_ASCII), signature)).isFalse();
        ECPublicKeyParameters other =
                Sm2.publicKeyOf(new ECPrivateKeyParameters(big("d").add(BigInteger.ONE), DOMAIN));
        assertThat(Sm2.verify(other, USER_ID, MESSAGE, signature)).isFalse();
    }

    /** A "random" source that hands SM2Signer the standard's k, as BC's own SM2SignerTest does. */
    private static TestRandomBigInteger fixedK() {
        return new TestRandomBigInteger(V.get("k").asText(), 16);
    }
}
