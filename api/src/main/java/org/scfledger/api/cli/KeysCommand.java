package org.scfledger.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.crypto.LedgerPublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ledger keys}: shows the ledger's public key, the one auditors verify exports and checkpoints with. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"Show the ledger's public signing key and its fingerprint, or write a copy for auditors.",
                "The key pair is created when the server first starts; the private key never leaves the data folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "1:there is no key yet", "2:the key cannot be read or written"})
final class KeysCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "${env:LEDGER_DATA_DIR:-data}",
            description = "The ledger's data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--public-key-out", paramLabel = "FILE", description = "Also write the public key (PEM) to FILE.")
    Path publicKeyOut;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path keyDir = dataDir.resolve("keys");
        Path publicKeyFile = keyDir.resolve(LedgerSigner.PUBLIC_KEY_FILE);
        if (!Files.exists(publicKeyFile)) {
            err.println("ledger keys: no ledger key in " + keyDir.toAbsolutePath().normalize()
                    + "; it is created when 'ledger serve' first starts with this data folder");
            return 1;
        }
        try {
            var key = LedgerPublicKey.readFrom(publicKeyFile);
            if (publicKeyOut != null) {
                Files.writeString(publicKeyOut, key.toPem());
            }
            out.println("algorithm:   " + key.algorithm());
            out.println("fingerprint: " + key.fingerprint() + "  (SHA-256 of the DER public key)");
            out.println("file:        " + publicKeyFile.toAbsolutePath().normalize());
            if (publicKeyOut != null) {
                out.println("copied to:   " + publicKeyOut.toAbsolutePath().normalize());
            }
            out.println();
            out.print(key.toPem());
            out.flush();
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("ledger keys: " + e.getMessage());
            return 2;
        }
    }
}
