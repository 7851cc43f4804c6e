package org.scfledger.core.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.LedgerKeyPair;
import org.scfledger.crypto.LedgerPublicKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ledger's signing key: signs checkpoints; its public half is what auditors verify with. */
public final class LedgerSigner {

    private static final Logger log = LoggerFactory.getLogger(LedgerSigner.class);
    public static final String PRIVATE_KEY_FILE = "ledger-key.pem";
    public static final String PUBLIC_KEY_FILE = "ledger-key.pub.pem";

    private final LedgerKeyPair keyPair;
    private final AlgorithmSuite suite;

    public LedgerSigner(LedgerKeyPair keyPair, AlgorithmSuite suite) {
        if (keyPair.algorithm() != suite.signature()) {
            throw new IllegalArgumentException("the " + suite.suiteName() + " suite signs with " + suite.signature()
                    + " but the key is " + keyPair.algorithm());
        }
        this.keyPair = keyPair;
        this.suite = suite;
    }

    /** Loads the key pair kept in {@code keyDirectory}, creating it on the ledger's first start. */
    public static LedgerSigner loadOrCreate(Path keyDirectory, AlgorithmSuite suite) {
        Path privateKey = keyDirectory.resolve(PRIVATE_KEY_FILE);
        try {
            if (Files.exists(privateKey)) {
                var signer = new LedgerSigner(LedgerKeyPair.readFrom(privateKey), suite);
                log.info("Using the ledger's {} signing key in {} (fingerprint {})", suite.signature(), keyDirectory,
                        signer.publicKey().fingerprint());
                return signer;
            }
            Files.createDirectories(keyDirectory);
            var keyPair = LedgerKeyPair.generate(suite.signature());
            keyPair.writeTo(privateKey, keyDirectory.resolve(PUBLIC_KEY_FILE));
            log.info("Created the ledger's {} signing key in {} (fingerprint {})", suite.signature(), keyDirectory,
                    keyPair.publicKey().fingerprint());
            return new LedgerSigner(keyPair, suite);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or create the ledger key in " + keyDirectory, e);
        }
    }

    /** Loads the key pair kept in {@code keyDirectory}; for tools that must never create a ledger's key. */
    public static LedgerSigner load(Path keyDirectory, AlgorithmSuite suite) {
        Path privateKey = keyDirectory.resolve(PRIVATE_KEY_FILE);
        if (!Files.isRegularFile(privateKey)) {
            throw new IllegalStateException("no ledger signing key at " + privateKey.toAbsolutePath()
                    + ": point the data folder at the ledger's (its keys/ folder holds " + PRIVATE_KEY_FILE + ")");
        }
        try {
            return new LedgerSigner(LedgerKeyPair.readFrom(privateKey), suite);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger key " + privateKey.toAbsolutePath(), e);
        }
    }

    public LedgerPublicKey publicKey() {
        return keyPair.publicKey();
    }

    public AlgorithmSuite suite() {
        return suite;
    }

    byte[] sign(byte[] message) {
        return keyPair.sign(message);
    }
}
