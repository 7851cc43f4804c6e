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

    /** Enough of the first line to tell a slice from an export. */
    private static final int SLICE_MARK_BYTES = 16;

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
        Fold fold = foldFor(subject);
        var window = new AsOfWindow(asOf, fold);
        VerificationFailure failure = verify(export, progress, window);
        if (failure != null) {
            return Audited.failed(failure);
        }
        LocalDate day = valuedOn != null ? valuedOn : window.day(businessZone);
        Checkpoint anchor = window.anchor();
        long size = window.size();
        if (fold instanceof MemberLinesFold lines) {
            return Audited.of(new ReplayReport(subject, asOf, anchor, size, day, lines.replays(), null, null, List.of()));
        }
        var aggregate = (AggregateFold<?>) fold;
        Object state = aggregate.state();
        return Audited.of(new ReplayReport(subject, asOf, anchor, size, day, List.of(),
                state instanceof ProgramState program ? CreditLines.programView(program) : null,
                state instanceof FinancingState financing ? FinancingViews.view(financing, day) : null, aggregate.evidence()));
    }

    /** What changed in {@code member}'s lines (in {@code program}, or every one) from checkpoint {@code from} to {@code to}. */
    public Audited<LineDiff> diff(InputStream export, long from, long to, PartyId member, @Nullable ProgramId program,
            ExportProgress progress) throws IOException {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("a diff goes from an earlier checkpoint to a later one, not " + from + " to " + to);
        }
        var fold = new MemberLinesFold(member, program);
        var window = new AsOfWindow(new AsOf.Checkpoint(to), fold);
        var start = new Checkpoint[1];
        VerificationFailure failure = verify(export, progress, new ExportVisitor() {
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
        });
        if (failure != null) {
            return Audited.failed(failure);
        }
        Checkpoint end = window.anchor();
        if (start[0] == null) {
            throw new IllegalArgumentException("the export has no checkpoint " + from);
        }
        return Audited.of(new LineDiff(member, start[0], end, fold.changesSinceMark()));
    }

    /** Verifies an export, or a slice (recognised by its first line), handing the visitor what checks out. */
    private @Nullable VerificationFailure verify(InputStream input, ExportProgress progress, ExportVisitor visitor)
            throws IOException {
        InputStream in = input.markSupported() ? input : new BufferedInputStream(input);
        in.mark(SLICE_MARK_BYTES);
        boolean slice = SliceHeader.begins(in.readNBytes(SLICE_MARK_BYTES));
        in.reset();
        return slice ? new SliceVerifier(trustedKey, AuditScope::parse).verify(in, progress, visitor).failure()
                : new ExportVerifier(trustedKey).verify(in, progress, visitor).failure();
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
