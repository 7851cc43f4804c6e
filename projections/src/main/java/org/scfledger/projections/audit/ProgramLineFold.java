package org.scfledger.projections.audit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.FoldedLedger;
import org.scfledger.projections.LedgerEvents;
import org.scfledger.projections.ReadModels;
import org.scfledger.projections.creditline.CreditLines;
import org.scfledger.projections.creditline.MemberLines;
import org.scfledger.projections.creditline.ProgramLineView;
import org.scfledger.projections.creditline.ProgramState;

/** A program's line: the program fold over its own events, every one of which is evidence. */
final class ProgramLineFold implements Fold {

    private final ProgramId program;
    private final Aggregates aggregates;
    private final FoldedLedger folded = new FoldedLedger(List.of(ReadModels.PROGRAM_LINES));
    private final List<Evidence> evidence = new ArrayList<>();

    ProgramLineFold(ProgramId program) {
        this.program = program;
        this.aggregates = Aggregates.one(program);
    }

    @Override
    public Aggregates aggregates() {
        return aggregates;
    }

    @Override
    public void apply(JournalRecord record) {
        Object event = LedgerEvents.decode(record);
        folded.apply(record.position(), event);
        evidence.add(Evidence.of(record, event,
                MemberLines.memberOf(event) == null ? Evidence.Role.PROGRAM : Evidence.Role.MEMBER));
    }

    @Nullable ProgramLineView view() {
        ProgramState state = folded.get(ReadModels.PROGRAM_LINES, program.toString());
        return state == null ? null : CreditLines.programView(state);
    }

    List<Evidence> evidence() {
        return List.copyOf(evidence);
    }
}
