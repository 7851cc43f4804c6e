package org.scfledger.projections.audit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.export.ExportProgress;
import org.scfledger.core.journal.export.ExportVerifier;
import org.scfledger.core.journal.export.ExportVisitor;
import org.scfledger.core.journal.export.ExportedRecord;
import org.scfledger.core.journal.export.SliceHeader;
import org.scfledger.core.journal.export.SliceVerifier;
import org.scfledger.core.journal.export.VerificationFailure;
import org.scfledger.core.audit.AuditScope;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.crypto.LedgerPublicKey;
import org.scfledger.projections.ReadModels;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.creditline.CreditLines;
import org.scfledger.projections.creditline.MemberLines;
import org.scfledger.projections.creditline.ProgramState;
import org.scfledger.projections.financing.FinancingState;
import org.scfledger.projections.financing.FinancingViews;

/**
 * The auditor's replay: verifies an export (or a slice) with the ledger's public key up to the checkpoint the answer is anchored
 * to, folding the subject's records with the read models' own folds as they check out, in one streaming pass. Memory
 * grows with the subject's history, never with the export.
 */
public final class AuditReplay {

    private final LedgerPublicKey trustedKey;
    private final ZoneId businessZone;

    /** {@code businessZone}: where the ledger's business days begin, for the day an instant falls on. */
    public AuditReplay(LedgerPublicKey trustedKey, ZoneId businessZone) {
        this.trustedKey = trustedKey;
        this.businessZone = businessZone;
    }

    /**
     * The subject as of {@code asOf}; a financing's repayment position valued on {@code valuedOn}, or on the day the
     * point falls on when null.
     */
    public Audited<ReplayReport> replay(InputStream export, AsOf asOf, ReplaySubject subject, @Nullable LocalDate valuedOn,
            ExportProgress progress) throws IOException {
        InputStream in = markable(export);
        boolean slice = SliceHeader.begins(in);
        if (slice && asOf instanceof AsOf.Position p && subject instanceof ReplaySubject.Financing && valuedOn == null) {
            throw new IllegalArgumentException("a slice does not hold every record, so the day position " + p.position()
                    + " fell on is not known from it: give the day to value the repayment position on");
        }
        Fold fold = foldFor(subject);
        var window = new AsOfWindow(asOf, fold);
        Verified verified = verify(in, slice, progress, window);
        if (verified.failure() != null) {
            return Audited.failed(verified.failure());
        }
        LocalDate day = valuedOn != null ? valuedOn : window.day(businessZone);
        Checkpoint anchor = window.anchor();
        long size = window.size();
        if (fold instanceof MemberLinesFold lines) {
            return Audited.of(new ReplayReport(subject, asOf, anchor, size, day, verified.slice(), lines.replays(), null, null,
                    List.of()));
        }
        var aggregate = (AggregateFold<?>) fold;
        Object state = aggregate.state();
        return Audited.of(new ReplayReport(subject, asOf, anchor, size, day, verified.slice(), List.of(),
                state instanceof ProgramState program ? CreditLines.programView(program) : null,
                state instanceof FinancingState financing ? FinancingViews.view(financing, day) : null, aggregate.evidence()));
    }

    /** What changed in {@code member}'s lines (in {@code program}, or every one) from checkpoint {@code from} to {@code to}. */
    public Audited<LineDiff> diff(InputStream export, long from, long to, PartyId member, @Nullable ProgramId program,
            ExportProgress progress) throws IOException {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("a diff goes from an earlier checkpoint to a later one, not " + from + " to " + to);
        }
        InputStream in = markable(export);
        if (SliceHeader.begins(in)) {
            throw new IllegalArgumentException("a slice has one checkpoint, its anchor: a diff between two checkpoints needs the"
                    + " full export");
        }
        var fold = new MemberLinesFold(member, program);
        var window = new AsOfWindow(new AsOf.Checkpoint(to), fold);
        var start = new Checkpoint[1];
        VerificationFailure failure = verify(in, false, progress, new ExportVisitor() {
            @Override
            public void record(ExportedRecord record) {
                window.record(record);
            }

            @Override
            public boolean checkpoint(Checkpoint checkpoint) {
                if (checkpoint.number() == from) {
                    fold.mark();
                    start[0] = checkpoint;
                }
                return window.checkpoint(checkpoint);
            }
        }).failure();
        if (failure != null) {
            return Audited.failed(failure);
        }
        Checkpoint end = window.anchor();
        if (start[0] == null) {
            throw new IllegalArgumentException("the export has no checkpoint " + from);
        }
        return Audited.of(new LineDiff(member, start[0], end, fold.changesSinceMark()));
    }

    /** Verifies an export or a slice, handing the visitor what checks out. */
    private Verified verify(InputStream in, boolean slice, ExportProgress progress, ExportVisitor visitor) throws IOException {
        if (!slice) {
            return new Verified(new ExportVerifier(trustedKey).verify(in, progress, visitor).failure(), null);
        }
        var result = new SliceVerifier(trustedKey, AuditScope::parse).verify(in, progress, visitor);
        return new Verified(result.failure(), result.ok() ? result.verified().scope().describe() : null);
    }

    private static InputStream markable(InputStream in) {
        return in.markSupported() ? in : new BufferedInputStream(in);
    }

    /** The verdict, and the scope when it was a slice. */
    private record Verified(@Nullable VerificationFailure failure, @Nullable String slice) {
    }

    private static Fold foldFor(ReplaySubject subject) {
        if (subject instanceof ReplaySubject.Member member) {
            return new MemberLinesFold(member.member(), member.program());
        }
        if (subject instanceof ReplaySubject.Program program) {
            return new AggregateFold<>(program.program(), ReadModels.PROGRAM_LINES,
                    event -> MemberLines.memberOf(event) == null ? Evidence.Role.PROGRAM : Evidence.Role.MEMBER);
        }
        return new AggregateFold<>(((ReplaySubject.Financing) subject).financing(), ReadModels.FINANCINGS,
                event -> Evidence.Role.FINANCING);
    }
}
