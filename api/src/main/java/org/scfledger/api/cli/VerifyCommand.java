package org.scfledger.api.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.audit.AuditScope;
import org.scfledger.core.journal.export.ExportVerifier;
import org.scfledger.core.journal.export.SliceHeader;
import org.scfledger.core.journal.export.SliceVerifier;
import org.scfledger.core.journal.export.VerificationFailure;
import org.scfledger.core.journal.export.VerifiedExport;
import org.scfledger.core.journal.export.VerifiedSlice;
import org.scfledger.crypto.Hex;
import org.scfledger.crypto.LedgerPublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ledger verify}: the auditor's check of an export or a slice, offline, trusting nothing but the public key given. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify an export offline with the ledger's public key: every record's hash and chain link, every"
                + " checkpoint's signature and Merkle root, and that the last checkpoint covers every record.",
                "A slice ('ledger export --program' or '--funder') is recognised by its first line and verified as one: the"
                        + " checkpoint's signature, every record's hash and inclusion proof against that checkpoint's root,"
                        + " that every record is in the slice's scope, and that each aggregate in it is complete from its"
                        + " first record. A slice cannot show that nothing was left out after that; the export can.",
                "Needs no database and no server. The format is docs/journal-format.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the export or slice verifies", "1:it fails verification (the first failure is printed)",
                "2:the file or key cannot be read, or the command line is wrong"})
final class VerifyCommand implements Callable<Integer> {

    static final int VERIFIED = 0;
    static final int FAILED = 1;
    static final int CANNOT_VERIFY = 2;

    @Mixin
    AuditInput input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LedgerPublicKey key;
        try {
            key = input.key();
        } catch (AuditInput.CannotRun e) {
            err.println("ledger verify: " + e.getMessage());
            return CANNOT_VERIFY;
        }
        Path file = input.file;
        long started = System.nanoTime();
        Verdict verdict;
        try {
            verdict = isSlice() ? verifySlice(key, err) : verifyExport(key, err);
        } catch (NoSuchFileException e) {
            err.println("ledger verify: no such file " + file);
            return CANNOT_VERIFY;
        } catch (IOException e) {
            err.println("ledger verify: cannot read " + file + ": " + e.getMessage());
            return CANNOT_VERIFY;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (verdict.failure() != null) {
            out.println("FAILED at " + verdict.failure().describe());
            return FAILED;
        }
        if (verdict.export() != null) {
            printSummary(out, verdict.export(), seconds);
        } else {
            printSummary(out, Objects.requireNonNull(verdict.slice()), seconds);
        }
        return VERIFIED;
    }

    /** Either what was verified (an export or a slice) or the first failure. */
    private record Verdict(@Nullable VerifiedExport export, @Nullable VerifiedSlice slice, @Nullable VerificationFailure failure) {
    }

    /** A slice begins with {@code {"slice":}; anything else is read as an export, whose verifier says what is wrong with it. */
    private boolean isSlice() throws IOException {
        try (var in = new BufferedInputStream(Files.newInputStream(input.file))) {
            return SliceHeader.begins(in);
        }
    }

    private Verdict verifyExport(LedgerPublicKey key, PrintWriter err) throws IOException {
        try (var in = Files.newInputStream(input.file)) {
            var result = new ExportVerifier(key).verify(in, new ProgressPrinter(err, "verified"));
            return new Verdict(result.verified(), null, result.failure());
        }
    }

    private Verdict verifySlice(LedgerPublicKey key, PrintWriter err) throws IOException {
        try (var in = Files.newInputStream(input.file)) {
            var result = new SliceVerifier(key, AuditScope::parse).verify(in, new ProgressPrinter(err, "verified"));
            return new Verdict(null, result.verified(), result.failure());
        }
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

    private void printSummary(PrintWriter out, VerifiedSlice verified, double seconds) {
        var anchor = verified.anchor();
        out.println("OK: every record is in the ledger signed by checkpoint " + anchor.number() + " (root "
                + Hex.encode(anchor.rootHash()) + "), in scope " + verified.scope().describe()
                + ", and each of its aggregates is complete from its first record");
        out.println(String.format(Locale.ROOT, "  records:          %,d", verified.records()));
        out.println(String.format(Locale.ROOT, "  aggregates:       %,d", verified.aggregates()));
        out.println(String.format(Locale.ROOT, "  tree size:        %,d", anchor.treeSize()));
        out.println("  suite:            " + verified.suite().suiteName());
        out.println("  key fingerprint:  " + verified.keyFingerprint());
        out.println("  not proven:       that no later record of an aggregate, nor a whole aggregate, was left out (the export proves it)");
        out.println(String.format(Locale.ROOT, "  verified in %.1f s", seconds));
    }
}
