package org.scfledger.projections.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramEvent;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.FoldedLedger;
import org.scfledger.projections.LedgerEvents;
import org.scfledger.projections.ReadModels;
import org.scfledger.projections.creditline.CreditLines;
import org.scfledger.projections.creditline.MemberLineState;
import org.scfledger.projections.creditline.MemberLines;
import org.scfledger.projections.creditline.ProgramState;

/**
 * A member's credit lines: the program and member-line folds over its program's events (every program's, when the
 * program is not given), with each line's view after every event that bears on it.
 */
final class MemberLinesFold implements Fold {

    private final PartyId member;
    private final Aggregates aggregates;
    private final FoldedLedger folded = new FoldedLedger(List.of(ReadModels.PROGRAM_LINES, ReadModels.MEMBER_LINES));
    /** Each program's terms and limits, which form its members' lines from before they join. */
    private final Map<ProgramId, List<Evidence>> programWide = new LinkedHashMap<>();
    private final Map<ProgramId, LineHistory> lines = new LinkedHashMap<>();
    private boolean marked;

    MemberLinesFold(PartyId member, @Nullable ProgramId program) {
        this.member = member;
        this.aggregates = program == null ? Aggregates.allStartingWith(ProgramId.JOURNAL_PREFIX) : Aggregates.one(program);
    }

    @Override
    public Aggregates aggregates() {
        return aggregates;
    }

    @Override
    public void apply(JournalRecord record) {
        Object event = LedgerEvents.decode(record);
        folded.apply(record.position(), event);
        ProgramId program = ((ProgramEvent) event).programId();
        PartyId about = MemberLines.memberOf(event);
        Evidence.Role role = about == null ? Evidence.Role.PROGRAM
                : about.equals(member) ? Evidence.Role.MEMBER : Evidence.Role.OTHER_MEMBER;
        if (role == Evidence.Role.PROGRAM) {
            programWide.computeIfAbsent(program, id -> new ArrayList<>()).add(Evidence.of(record, event, role));
        }
        MemberLineState line = folded.get(ReadModels.MEMBER_LINES, MemberLines.key(program, member));
        if (line == null) {
            return;
        }
        ProgramState state = folded.get(ReadModels.PROGRAM_LINES, program.toString());
        LineHistory history = lines.computeIfAbsent(program, this::open);
        history.after(role == Evidence.Role.PROGRAM ? last(programWide.get(program)) : Evidence.of(record, event, role),
                CreditLines.memberView(state, line));
    }

    /** A line's history begins with its program's terms; after a mark, they are not news. */
    private LineHistory open(ProgramId program) {
        var history = new LineHistory(programWide.getOrDefault(program, List.of()));
        if (marked) {
            history.mark();
        }
        return history;
    }

    private static Evidence last(List<Evidence> evidence) {
        return evidence.get(evidence.size() - 1);
    }

    /** Marks every line as it stands: a diff reports what happens after. */
    void mark() {
        marked = true;
        lines.values().forEach(LineHistory::mark);
    }

    List<MemberLineReplay> replays() {
        return lines.values().stream().map(LineHistory::replay).toList();
    }

    List<LineChanges> changesSinceMark() {
        return lines.values().stream().map(LineHistory::sinceMark).toList();
    }
}
