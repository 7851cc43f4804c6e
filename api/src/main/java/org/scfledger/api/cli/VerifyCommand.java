package org.scfledger.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scfledger.core.journal.export.ExportVerifier;
import org.scfledger.core.journal.export.VerificationResult;
import org.scfledger.core.journal.export.VerifiedExport;
import org.scfledger.crypto.Hex;
import org.scfledger.crypto.LedgerPublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ledger verify}: the auditor's check of an export, offline, trusting nothing but the public key given. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify an export offline with the ledger's public key: every record's hash and chain link, every"
                + " checkpoint's signature and Merkle root, and that the last checkpoint covers every record.",
                "Needs no database and no server. The format is docs/journal-format.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the export verifies", "1:the export fails verification (the first failure is printed)",
                "2:the file or key cannot be read, or the command line is wrong"})
final class VerifyCommand implements Callable<Integer> {

    static final int VERIFIED = 0;
    static final int FAILED = 1;
    static final int CANNOT_VERIFY = 2;

    @Parameters(paramLabel = "FILE", description = "The export, as written by 'ledger export'.")
    Path file;

    @Option(names = "--public-key", required = true, paramLabel = "KEY.pem",
            description = "The ledger's public key (PEM), obtained from its operator by a channel you trust; not the one the export names.")
    Path publicKey;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LedgerPublicKey key;
        try {
            key = LedgerPublicKey.readFrom(publicKey);
        } catch (NoSuchFileException e) {
            err.println("ledger verify: no public key file " + publicKey);
            return CANNOT_VERIFY;
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println("ledger verify: " + publicKey + " is not a PEM public key (it is not even text)");
            return CANNOT_VERIFY;
        } catch (IOException | IllegalArgumentException e) {
            err.println("ledger verify: cannot read the public key " + publicKey + ": " + e.getMessage());
            return CANNOT_VERIFY;
        }
        long started = System.nanoTime();
        VerificationResult result;
        try (var in = Files.newInputStream(file)) {
            result = new ExportVerifier(key).verify(in, new ProgressPrinter(err, "verified"));
        } catch (NoSuchFileException e) {
            err.println("ledger verify: no such file " + file);
            return CANNOT_VERIFY;
        } catch (IOException e) {
            err.println("ledger verify: cannot read " + file + ": " + e.getMessage());
            return CANNOT_VERIFY;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!result.ok()) {
            out.println("FAILED at " + result.failure().describe());
            return FAILED;
        }
        printSummary(out, result.verified(), seconds);
        return VERIFIED;
    }

    private void printSummary(PrintWriter out, VerifiedExport verified, double seconds) {
        out.println("OK: every record is intact, chained and covered by a checkpoint signed with the trusted key");
        out.println(String.format(Locale.ROOT, "  records:          %,d", verified.records()));
        out.println(String.format(Locale.ROOT, "  checkpoints:      %,d", verified.checkpoints()));
        out.println("  final root:       " + Hex.encode(verified.rootHash()));
        out.println("  head hash:        " + Hex.encode(verified.headHash()));
        out.println("  suite:            " + verified.suite().suiteName());
        out.println("  key fingerprint:  " + verified.keyFingerprint());
        out.println(String.format(Locale.ROOT, "  verified in %.1f s (%,d records/s)", seconds,
                seconds > 0 ? Math.round(verified.records() / seconds) : verified.records()));
    }
}
