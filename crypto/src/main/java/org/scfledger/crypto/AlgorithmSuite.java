package org.scfledger.crypto;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A named pairing of a digest and a signature algorithm, chosen once per ledger. */
public enum AlgorithmSuite {
    SHA256_ED25519("SHA256-ED25519", HashAlgorithm.SHA256, SignatureAlgorithm.ED25519),
    SM3_SM2("SM3-SM2", HashAlgorithm.SM3, SignatureAlgorithm.SM2);

    private final String suiteName;
    private final HashAlgorithm hash;
    private final SignatureAlgorithm signature;

    AlgorithmSuite(String suiteName, HashAlgorithm hash, SignatureAlgorithm signature) {
        this.suiteName = suiteName;
        this.hash = hash;
        this.signature = signature;
    }

    /** The name used in configuration and stored with the ledger, e.g. {@code "SM3-SM2"}. */
    public String suiteName() {
        return suiteName;
    }

    public HashAlgorithm hash() {
        return hash;
    }

    public SignatureAlgorithm signature() {
        return signature;
    }

    /** The suite with exactly this {@link #suiteName()}; case-sensitive so stored names stay canonical. */
    public static AlgorithmSuite named(String name) {
        for (AlgorithmSuite suite : values()) {
            if (suite.suiteName.equals(name)) {
                return suite;
            }
        }
        throw new IllegalArgumentException(
                "unknown algorithm suite '" + name + "'; valid suites are " + validNames());
    }

    public static AlgorithmSuite defaultSuite() {
        return SHA256_ED25519;
    }

    private static String validNames() {
        return Arrays.stream(values()).map(AlgorithmSuite::suiteName).collect(Collectors.joining(", "));
    }
}
