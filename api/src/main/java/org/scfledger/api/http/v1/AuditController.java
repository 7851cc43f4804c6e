package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.audit.AuditDocuments;
import org.scfledger.api.audit.AuditDocuments.Diff;
import org.scfledger.api.audit.AuditDocuments.Replay;
import org.scfledger.api.audit.OwnJournalAudit;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.journal.export.VerificationFailure;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.audit.Audited;
import org.scfledger.projections.audit.ReplayReport;
import org.scfledger.projections.audit.ReplaySubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Links.BASE + "/audit")
@Tag(name = "Audit", description = "The offline audit tool's replay and diff, run by the server on its own journal for auditors and"
        + " the operator: the journal is exported up to the checkpoint the answer needs and verified with the ledger's public key"
        + " while the read models' own folds replay it, so an answer comes only from records whose signatures checked out. The"
        + " JSON is what 'ledger replay --json' and 'ledger diff --json' print. Prove an evidence entry with"
        + " GET /journal/events/{position}/inclusion-proof?checkpoint={anchor.number}; whole exports are jobs under /audit/exports.")
class AuditController {

    private static final Logger log = LoggerFactory.getLogger(AuditController.class);

    private final OwnJournalAudit audit;
    private final AuditPoints points;

    AuditController(OwnJournalAudit audit, AuditPoints points) {
        this.audit = audit;
        this.points = points;
    }

    @GetMapping("/replay")
    @Operation(summary = "A member's lines, a program's line or a financing as of a checkpoint, position or instant, with the"
            + " events that formed it (auditors, operator)",
            description = "Name member (with program for one line, without for every program it belongs to), program alone, or"
                    + " financing alone; and at most one of checkpoint, position, at (default: the latest checkpoint). The answer is"
                    + " anchored to the first signed checkpoint covering the point. 404 when the subject did not exist then; 500"
                    + " 'journal-verification-failed' naming the position or checkpoint if the journal fails its own verification.")
    Replay replay(
            @Parameter(description = "a member's lines") @RequestParam(required = false) @Nullable PartyId member,
            @Parameter(description = "a program's line, or the member's line in it")
            @RequestParam(required = false) @Nullable ProgramId program,
            @Parameter(description = "a financing and its repayment position")
            @RequestParam(required = false) @Nullable FinancingId financing,
            @Parameter(description = "as signed by this checkpoint") @RequestParam(required = false) @Nullable Long checkpoint,
            @Parameter(description = "up to and including this journal position") @RequestParam(required = false) @Nullable Long position,
            @Parameter(description = "the journal as it stood at this instant (ISO-8601): every record before the first one that occurred after it")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant at,
            @Parameter(description = "the day a financing's repayment position is valued on (default: the day the point falls on"
                    + " in the business time zone)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) throws IOException {
        ReplaySubject subject = subject(member, program, financing);
        var point = points.of(checkpoint, position, at);
        ReplayReport report = verified(unlessBusy(() -> audit.replay(point.exportTo(), point.asOf(), subject, on)));
        if (!report.found()) {
            throw ApiProblem.notFound(absent(subject, point.asOf()));
        }
        return Replay.of(report);
    }

    @GetMapping("/diff")
    @Operation(summary = "What changed in a member's lines between two signed checkpoints, event by event (auditors, operator)",
            description = "Each line as it stood at 'from' (null if the member joined later) and at 'to', and every event between"
                    + " that moved it, with the figures it changed.")
    Diff diff(
            @Parameter(description = "the member") @RequestParam PartyId member,
            @Parameter(description = "one program (default: every program the member belongs to)")
            @RequestParam(required = false) @Nullable ProgramId program,
            @Parameter(description = "the earlier checkpoint's number") @RequestParam long from,
            @Parameter(description = "the later checkpoint's number") @RequestParam long to) throws IOException {
        if (from < 0) {
            throw ApiProblem.badRequest("invalid-value", "from must not be negative", "from");
        }
        if (to < from) {
            throw ApiProblem.badRequest("invalid-value", "a diff goes from an earlier checkpoint to a later one, not from " + from
                    + " to " + to, "to");
        }
        points.signed(to, "to");
        var diff = verified(unlessBusy(() -> audit.diff(from, to, member, program)));
        if (diff.lines().isEmpty()) {
            throw ApiProblem.notFound(member.value() + (program == null ? " was a member of no program"
                    : " was not a member of program " + program.value()) + " as of checkpoint " + to);
        }
        return Diff.of(diff);
    }

    /** 429 while the server runs as many audits as it allows at once. */
    private static <T> Audited<T> unlessBusy(AuditCall<T> call) throws IOException {
        try {
            return call.run();
        } catch (OwnJournalAudit.Busy busy) {
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "audit-busy", busy.getMessage(), null);
        }
    }

    @FunctionalInterface
    private interface AuditCall<T> {
        Audited<T> run() throws IOException;
    }

    private static ReplaySubject subject(@Nullable PartyId member, @Nullable ProgramId program, @Nullable FinancingId financing) {
        if (financing != null) {
            if (member != null || program != null) {
                throw ApiProblem.badRequest("invalid-value", "replay a financing, a member's lines or a program's line:"
                        + " financing goes with neither member nor program", "financing");
            }
            return new ReplaySubject.Financing(financing);
        }
        if (member != null) {
            return new ReplaySubject.Member(member, program);
        }
        if (program != null) {
            return new ReplaySubject.Program(program);
        }
        throw ApiProblem.badRequest("missing-value", "name what to replay: member (with or without program), program, or financing",
                "member");
    }

    private static String absent(ReplaySubject subject, AsOf asOf) {
        String when = " as of " + AuditDocuments.describe(asOf);
        if (subject instanceof ReplaySubject.Member m) {
            return m.member().value() + (m.program() == null ? " was a member of no program"
                    : " was not a member of program " + m.program().value()) + when;
        }
        if (subject instanceof ReplaySubject.Program p) {
            return "there was no program " + p.program().value() + when;
        }
        return "there was no financing " + ((ReplaySubject.Financing) subject).financing().value() + when;
    }

    /**
     * The answer, if the journal verified up to it. A ledger whose own export fails verification has been tampered with
     * or damaged below the application: never on a healthy ledger, and said loudly, with where it failed.
     */
    private static <T> T verified(Audited<T> audited) {
        VerificationFailure failure = audited.failure();
        if (failure == null) {
            return audited.value();
        }
        log.error("The journal failed its own verification at {}", failure.describe());
        var problem = new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "journal-verification-failed",
                "the ledger's own journal failed verification with its public key at " + failure.describe(), null);
        if (failure.site() == VerificationFailure.Site.POSITION) {
            problem.with("position", failure.at());
        } else if (failure.site() == VerificationFailure.Site.CHECKPOINT) {
            problem.with("checkpoint", failure.at());
        }
        throw problem;
    }
}
