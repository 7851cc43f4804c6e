package org.scfledger.projections.audit;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.creditline.ProgramLineView;
import org.scfledger.projections.financing.FinancingView;

/**
 * What an audit replay found, as the journal's first {@code journalSize} records had it, anchored to a checkpoint
 * whose signature verified: the member's lines, the program's line or the financing (by the subject), with the
 * events that formed it. Nothing is found when the subject did not exist yet.
 *
 * @param valuedOn the day a financing's repayment position is valued on
 * @param slice    the slice's scope ("program P-2026") when replayed from a slice, which proves each of its events but
 *                 not that none was left out; null when replayed from a full export
 */
public record ReplayReport(
        ReplaySubject subject,
        AsOf asOf,
        Checkpoint anchor,
        long journalSize,
        LocalDate valuedOn,
        @Nullable String slice,
        List<MemberLineReplay> memberLines,
        @Nullable ProgramLineView programLine,
        @Nullable FinancingView financing,
        List<Evidence> evidence) {

    public ReplayReport {
        memberLines = List.copyOf(memberLines);
        evidence = List.copyOf(evidence);
    }

    public boolean found() {
        return !memberLines.isEmpty() || programLine != null || financing != null;
    }
}
