package org.scfledger.api.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.scfledger.crypto.LedgerPublicKey;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The auditor's two inputs: an export (or slice) file and the ledger's public key, obtained by a channel they trust. */
final class AuditInput {

    @Parameters(index = "0", paramLabel = "EXPORT", description = "An export or a slice, as 'ledger export' or the API writes them.")
    Path file;

    @Option(names = "--public-key", required = true, paramLabel = "KEY.pem",
            description = "The ledger's public key (PEM), obtained from its operator by a channel you trust; not the one the export names.")
    Path publicKey;

    LedgerPublicKey key() {
        try {
            return LedgerPublicKey.readFrom(publicKey);
        } catch (NoSuchFileException e) {
            throw new CannotRun("no public key file " + publicKey);
        } catch (CharacterCodingException e) {
            throw new CannotRun(publicKey + " is not a PEM public key (it is not ASCII text)");
        } catch (IOException | IllegalArgumentException e) {
            throw new CannotRun("cannot read the public key " + publicKey + ": " + e.getMessage());
        }
    }

    InputStream open() {
        try {
            return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new CannotRun("no such file " + file);
        } catch (IOException e) {
            throw new CannotRun("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The command cannot start or finish for a reason outside the export's content: exit code 2 and the reason. */
    static final class CannotRun extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CannotRun(String reason) {
            super(reason, null, false, false);
        }
    }
}
