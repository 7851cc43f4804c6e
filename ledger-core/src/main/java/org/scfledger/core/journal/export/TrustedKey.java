package org.scfledger.core.journal.export;

import org.jspecify.annotations.Nullable;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.LedgerPublicKey;

/**
 * The checks that tie a file to the key the auditor trusts, the same for an export and a slice: the key a header
 * names is only compared with the trusted one, and a checkpoint counts only if the trusted key signed it.
 */
final class TrustedKey {

    private TrustedKey() {
    }

    /** Why a header naming this key and suite cannot be verified with {@code trusted}, or null if it can. */
    static @Nullable String headerProblem(LedgerPublicKey trusted, String file, String fingerprint, String publicKeyPem,
            AlgorithmSuite suite) {
        if (!fingerprint.equals(trusted.fingerprint())) {
            return "the " + file + " names key " + fingerprint + ", not the trusted key " + trusted.fingerprint();
        }
        LedgerPublicKey named;
        try {
            named = LedgerPublicKey.fromPem(publicKeyPem);
        } catch (IllegalArgumentException e) {
            return "the header's public key is not a PEM public key: " + e.getMessage();
        }
        if (!named.equals(trusted)) {
            return "the header's public key is not the trusted key";
        }
        if (trusted.algorithm() != suite.signature()) {
            return "the " + suite.suiteName() + " suite signs with " + suite.signature() + " but the trusted key is "
                    + trusted.algorithm();
        }
        return null;
    }

    /** Why this checkpoint line is not the trusted key's signature in the file's suite, or null if it is. */
    static @Nullable String checkpointProblem(LedgerPublicKey trusted, String file, AlgorithmSuite suite, CheckpointLine line) {
        var checkpoint = line.checkpoint();
        if (checkpoint.suite() != suite) {
            return "checkpoint suite " + checkpoint.suite().suiteName() + " is not the " + file + "'s suite " + suite.suiteName();
        }
        if (!checkpoint.keyFingerprint().equals(trusted.fingerprint())) {
            return "checkpoint is signed by key " + checkpoint.keyFingerprint() + ", not the trusted key " + trusted.fingerprint();
        }
        if (!trusted.verify(line.signedBytes(), checkpoint.signature())) {
            return "checkpoint signature does not verify with the trusted key";
        }
        return null;
    }
}
