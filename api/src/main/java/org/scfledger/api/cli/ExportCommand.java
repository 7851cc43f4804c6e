package org.scfledger.api.cli;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.audit.AuditScope;
import org.scfledger.core.journal.export.ExportSummary;
import org.scfledger.core.journal.export.JournalExporter;
import org.scfledger.core.journal.export.JournalSlicer;
import org.scfledger.core.journal.export.SliceSummary;
import org.scfledger.crypto.Hex;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ledger export}: writes the journal up to a signed checkpoint to a file anyone can verify offline; or, with
 * {@code --program} or {@code --funder}, a slice of it: only that scope's records, each with its inclusion proof.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a self-contained, verifiable export of the journal: every record up to a signed checkpoint,"
                + " and every checkpoint up to it. Check it with 'ledger verify'. The format is docs/journal-format.md.",
                "With --program or --funder, write a slice instead: only the records of that program (or of that funder's"
                        + " programs) and of their financings, each with an inclusion proof against one signed checkpoint,"
                        + " for an auditor who may see no other party's data.",
                "Uses the database of the ledger server running on the data folder, or starts it if none runs."})
final class ExportCommand implements Callable<Integer> {

    static final int EXPORTED = 0;
    static final int NOT_EXPORTED = 1;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the export or slice (replaced only once complete).")
    Path out;

    @Option(names = "--up-to-checkpoint", paramLabel = "N",
            description = "End at checkpoint N (default: the latest, signing a new one first if the journal grew since);"
                    + " a slice's proofs end in its root.")
    @Nullable Long upToCheckpoint;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    @Nullable Scope scope;

    @Mixin
    LedgerDatabaseOptions ledger;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AuditScope sliceScope;
        try {
            sliceScope = scope == null ? null : scope.auditScope();
        } catch (IllegalArgumentException e) {
            err.println("ledger export: " + e.getMessage());
            return NOT_EXPORTED;
        }
        quietLibraryLogging();
        try (var open = ledger.open("export")) {
            Path target = out.toAbsolutePath().normalize();
            if (sliceScope != null) {
                var slicer = new JournalSlicer(open.journal(), open.signer(), Clock.systemUTC());
                // the slicer reads the journal twice and counts both passes
                var progress = new ProgressPrinter(err, "read (two passes)");
                var summary = write(target, file -> upToCheckpoint == null ? slicer.slice(sliceScope, file, progress)
                        : slicer.slice(sliceScope, upToCheckpoint, file, progress));
                printSummary(spec.commandLine().getOut(), summary, sliceScope, target);
            } else {
                var exporter = new JournalExporter(open.journal(), open.signer(), Clock.systemUTC());
                var progress = new ProgressPrinter(err, "exported");
                var summary = write(target, file -> upToCheckpoint == null ? exporter.export(file, progress)
                        : exporter.export(upToCheckpoint, file, progress));
                printSummary(spec.commandLine().getOut(), summary, target);
            }
            return EXPORTED;
        } catch (IOException e) {
            err.println("ledger export: cannot write " + out + ": " + e.getMessage());
            return NOT_EXPORTED;
        } catch (RuntimeException e) {
            err.println("ledger export: " + rootMessage(e));
            return NOT_EXPORTED;
        }
    }

    /** Which records a slice holds: one program's, or those of a funder's programs. */
    static final class Scope {

        @Option(names = "--program", paramLabel = "PROGRAM",
                description = "Write a slice of this program: its own records and those of its financings.")
        @Nullable String program;

        @Option(names = "--funder", paramLabel = "PARTY",
                description = "Write a slice of the programs this party funds, and of their financings.")
        @Nullable String funder;

        AuditScope auditScope() {
            return program != null ? AuditScope.program(program) : AuditScope.funder(Objects.requireNonNull(funder));
        }
    }

    /** What writes the file: the exporter or the slicer. */
    @FunctionalInterface
    private interface Writing<S> {
        S writeTo(OutputStream file) throws IOException;
    }

    /** Writes beside the target and moves it into place, so that a failed export leaves no half file behind. */
    private static <S> S write(Path target, Writing<S> writing) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            S summary;
            try (var file = Files.newOutputStream(partial)) {
                summary = writing.writeTo(file);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private void printSummary(PrintWriter stdout, ExportSummary summary, Path target) {
        var last = summary.finalCheckpoint();
        stdout.println("Exported " + count(summary.records(), "record") + " and " + count(summary.checkpoints(), "checkpoint")
                + " to " + target);
        stdout.println(String.format(Locale.ROOT, "  final checkpoint: %d (tree size %,d, root %s)", last.number(), last.treeSize(),
                Hex.encode(last.rootHash())));
        stdout.println("  verify it with:   ./ledger verify " + target + " --public-key <the ledger's public key, from './ledger keys'>");
    }

    private void printSummary(PrintWriter stdout, SliceSummary summary, AuditScope sliceScope, Path target) {
        var anchor = summary.anchor();
        stdout.println("Exported a slice of " + count(summary.records(), "record") + " of " + sliceScope.describe() + " to " + target);
        stdout.println(String.format(Locale.ROOT, "  anchor checkpoint: %d (tree size %,d, root %s)", anchor.number(), anchor.treeSize(),
                Hex.encode(anchor.rootHash())));
        stdout.println("  verify it with:    ./ledger verify " + target + " --public-key <the ledger's public key, from './ledger keys'>");
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** Without Spring, logback would log the libraries' debug lines to stdout; the command's own output is its report. */
    static void quietLibraryLogging() {
        var loader = ExportCommand.class.getClassLoader();
        if (System.getProperty("logback.configurationFile") == null && loader.getResource("logback.xml") == null
                && loader.getResource("logback-test.xml") == null
                && LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
