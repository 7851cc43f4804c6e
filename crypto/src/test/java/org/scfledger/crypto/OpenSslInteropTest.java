package org.scfledger.crypto;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keys and signatures made by OpenSSL 3 (see src/test/resources/interop/README.md) read and verify here. */
class OpenSslInteropTest {

    private static final byte[] MESSAGE = "signed by openssl".getBytes(US_ASCII);

    @ParameterizedTest
    @CsvSource({"ed25519, ED25519", "sm2, SM2"})
    void opensslKeysAndSignaturesAreAccepted(String name, SignatureAlgorithm algorithm) throws IOException {
        LedgerKeyPair pair = LedgerKeyPair.fromPrivateKeyPem(resource(name + ".key"));
        LedgerPublicKey publicKey = LedgerPublicKey.fromPem(resource(name + ".pub"));

        assertThat(pair.algorithm()).isEqualTo(algorithm);
        assertThat(pair.publicKey()).isEqualTo(publicKey); // derived from the private key alone
        assertThat(publicKey.fingerprint()).isEqualTo(resource(name + ".fingerprint").strip());
        assertThat(publicKey.toPem()).isEqualTo(resource(name + ".pub")); // byte-identical PEM

        byte[] opensslSignature = Hex.decode(resource(name + ".sig.hex").strip());
        assertThat(publicKey.verify(MESSAGE, opensslSignature)).isTrue();
        assertThat(publicKey.verify("signed by openssI".getBytes(US_ASCII), opensslSignature)).isFalse();
        assertThat(publicKey.verify(MESSAGE, pair.sign(MESSAGE))).isTrue();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OpenSslInteropTest.class.getResourceAsStream("/interop/openssl-" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), US_ASCII);
        }
    }
}
