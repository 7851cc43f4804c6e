package org.scfledger.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.audit.AuditDocuments;
import org.scfledger.api.http.ApiJson;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.audit.AuditReplay;
import org.scfledger.projections.audit.Audited;
import org.scfledger.projections.audit.ReplayReport;
import org.scfledger.projections.audit.ReplaySubject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ledger replay}: a credit line or a repayment position as it stood, proven from an export, offline. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay an export as of a checkpoint, a position or an instant, offline: verify it with the ledger's"
                + " public key up to the checkpoint the answer is anchored to, fold the read models in memory, and print"
                + " a member's credit line (with each asset's contribution), a program's line, or a financing's repayment"
                + " position (schedule, paid, outstanding, overdue, penalty) as it stood then, with the events that formed it.",
                "Streams: memory grows with the subject's history, not with the export. See docs/audit.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "1:the export fails verification before the answer's checkpoint (the failure is printed)",
                "2:the file or key cannot be read, or the command line is wrong", "3:the subject did not exist at that point"})
final class ReplayCommand implements Callable<Integer> {

    static final int NOT_FOUND = 3;

    @Mixin
    AuditInput input;

    @Option(names = "--as-of", arity = "1..2", paramLabel = "POINT", defaultValue = "head",
            description = "checkpoint N | position P | instant T (with its offset) | head (default: the export's last checkpoint)")
    List<String> asOf;

    @Option(names = "--member", paramLabel = "M", description = "A member's credit lines (in --program, or in every program)")
    @Nullable String member;

    @Option(names = "--program", paramLabel = "G", description = "A program's line, or with --member, the member's line in it")
    @Nullable String program;

    @Option(names = "--financing", paramLabel = "F", description = "A financing and its repayment position")
    @Nullable String financing;

    @Option(names = "--on", paramLabel = "DATE",
            description = "Value a financing's repayment position on this day (default: the day the point falls on)")
    @Nullable LocalDate on;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Shanghai",
            description = "The ledger's business time zone, for the day an instant falls on (default: ${DEFAULT-VALUE})")
    ZoneId zone;

    @Option(names = "--json", description = "Print JSON (the API's shape) instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportCommand.quietLibraryLogging();
        try {
            ReplaySubject subject = subject();
            var asOfPoint = AsOfOption.parse(asOf);
            var replay = new AuditReplay(input.key(), zone);
            Audited<ReplayReport> audited;
            try (var in = input.open()) {
                audited = replay.replay(in, asOfPoint, subject, on, new ProgressPrinter(err, "verified"));
            }
            if (!audited.ok()) {
                out.println("FAILED at " + audited.failure().describe());
                return VerifyCommand.FAILED;
            }
            ReplayReport report = audited.value();
            if (!report.found()) {
                err.println("ledger replay: " + describe(subject) + " did not exist as of " + AuditDocuments.describe(asOfPoint)
                        + " (the journal's first " + report.journalSize() + " records)");
                return NOT_FOUND;
            }
            if (json) {
                out.println(ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(AuditDocuments.Replay.of(report)));
            } else {
                ReplayText.print(out, report);
            }
            out.flush();
            return VerifyCommand.VERIFIED;
        } catch (AuditInput.CannotRun | IllegalArgumentException e) {
            err.println("ledger replay: " + e.getMessage());
            return VerifyCommand.CANNOT_VERIFY;
        } catch (IOException e) {
            err.println("ledger replay: cannot read " + input.file + ": " + e.getMessage());
            return VerifyCommand.CANNOT_VERIFY;
        }
    }

    private ReplaySubject subject() {
        if (financing != null) {
            if (member != null || program != null) {
                throw new AuditInput.CannotRun("give --financing alone, or --member, or --program, or --member with --program");
            }
            return new ReplaySubject.Financing(FinancingId.of(financing));
        }
        if (member != null) {
            return new ReplaySubject.Member(PartyId.of(member), program == null ? null : ProgramId.of(program));
        }
        if (program != null) {
            return new ReplaySubject.Program(ProgramId.of(program));
        }
        throw new AuditInput.CannotRun("say what to replay: --member M [--program G], --program G or --financing F");
    }

    private static String describe(ReplaySubject subject) {
        if (subject instanceof ReplaySubject.Member m) {
            return "member " + m.member().value() + (m.program() == null ? "" : " in program " + m.program().value());
        }
        if (subject instanceof ReplaySubject.Program p) {
            return "program " + p.program().value();
        }
        return "financing " + ((ReplaySubject.Financing) subject).financing().value();
    }
}
