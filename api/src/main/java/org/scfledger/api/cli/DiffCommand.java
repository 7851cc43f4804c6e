package org.scfledger.api.cli;

import static org.scfledger.api.cli.AuditText.text;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.audit.AuditDocuments;
import org.scfledger.api.http.ApiJson;
import org.scfledger.core.credit.AssetContribution;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.audit.AuditReplay;
import org.scfledger.projections.audit.Audited;
import org.scfledger.projections.audit.FieldChange;
import org.scfledger.projections.audit.LineChanges;
import org.scfledger.projections.audit.LineDiff;
import org.scfledger.projections.audit.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ledger diff}: what changed in a member's position between two checkpoints, event by event. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed in a member's credit line between two signed checkpoints of an export, event by"
                + " event: each event's position and what it changed, from the line at the first checkpoint to the line at"
                + " the second. The export is verified up to the second."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "1:the export fails verification (the failure is printed)",
                "2:the file or key cannot be read, or the command line is wrong", "3:the member had no line at the second checkpoint"})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    AuditInput input;

    @Option(names = "--from", required = true, paramLabel = "A", description = "The earlier checkpoint's number")
    long from;

    @Option(names = "--to", required = true, paramLabel = "B", description = "The later checkpoint's number")
    long to;

    @Option(names = "--member", required = true, paramLabel = "M", description = "The member")
    String member;

    @Option(names = "--program", paramLabel = "G", description = "Only its line in this program (default: every program)")
    @Nullable String program;

    @Option(names = "--json", description = "Print JSON (the API's shape) instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportCommand.quietLibraryLogging();
        try (var in = input.open()) {
            var replay = new AuditReplay(input.key(), java.time.ZoneOffset.UTC);
            Audited<LineDiff> audited = replay.diff(in, from, to, PartyId.of(member), program == null ? null : ProgramId.of(program),
                    new ProgressPrinter(err, "verified"));
            if (!audited.ok()) {
                out.println("FAILED at " + audited.failure().describe());
                return VerifyCommand.FAILED;
            }
            LineDiff diff = audited.value();
            if (diff.lines().isEmpty()) {
                err.println("ledger diff: " + member + " had no credit line" + (program == null ? "" : " in program " + program)
                        + " at checkpoint " + to);
                return ReplayCommand.NOT_FOUND;
            }
            if (json) {
                out.println(ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(AuditDocuments.Diff.of(diff)));
            } else {
                print(out, diff);
            }
            return VerifyCommand.VERIFIED;
        } catch (AuditInput.CannotRun | IllegalArgumentException e) {
            err.println("ledger diff: " + e.getMessage());
            return VerifyCommand.CANNOT_VERIFY;
        } catch (IOException e) {
            err.println("ledger diff: cannot read " + input.file + ": " + e.getMessage());
            return VerifyCommand.CANNOT_VERIFY;
        }
    }

    private static void print(PrintWriter out, LineDiff diff) {
        out.println(String.format(Locale.ROOT, "Verified with the trusted key %s up to checkpoint %d (root %s).",
                diff.to().keyFingerprint(), diff.to().number(), org.scfledger.crypto.Hex.encode(diff.to().rootHash())));
        for (LineChanges line : diff.lines()) {
            out.println(String.format(Locale.ROOT, "Credit line of %s in program %s, from checkpoint %d (%,d records) to checkpoint %d"
                    + " (%,d records): %d events", text(diff.member()), text(line.program()), diff.from().number(),
                    diff.from().treeSize(), diff.to().number(), diff.to().treeSize(), line.steps().size()));
            if (line.before() == null) {
                out.println("  (the member was admitted after checkpoint " + diff.from().number() + ")");
            }
            for (Step step : line.steps()) {
                var e = step.evidence();
                out.println(String.format(Locale.ROOT, "  position %,d  %s  %s (%s)  record %s", e.position(), e.occurredAt(),
                        e.eventType(), e.role().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.recordHash()));
                for (FieldChange change : step.changes()) {
                    out.println(String.format(Locale.ROOT, "      %-22s %s  ->  %s", change.field(), value(change.before()),
                            value(change.after())));
                }
            }
            out.println();
        }
    }

    /** Values on one line: amounts without the column padding; assets by their ids, other lists by their size. */
    private static String value(@Nullable Object value) {
        if (value instanceof java.util.List<?> list) {
            if (!list.isEmpty() && list.stream().allMatch(AssetContribution.class::isInstance)) {
                return list.stream().map(item -> ((AssetContribution) item).assetId()).toList().toString();
            }
            return list.size() + (list.size() == 1 ? " item" : " items");
        }
        return text(value).trim();
    }
}
