package org.scfledger.projections.asof;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scfledger.core.asset.EncumbranceKind;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableEncumbered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartCreated;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.projections.FoldedLedger;
import org.scfledger.projections.LedgerEvents;
import org.scfledger.projections.ReadModel;
import org.scfledger.projections.ReadModels;
import org.scfledger.projections.creditline.CreditLines;
import org.scfledger.projections.creditline.MemberLineState;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.creditline.MemberLines;
import org.scfledger.projections.creditline.ProgramLineView;
import org.scfledger.projections.creditline.ProgramState;
import org.scfledger.projections.financing.FinancingState;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.financing.FinancingViews;
import org.scfledger.projections.receivable.ReceivableState;
import org.scfledger.projections.receivable.ReceivableView;
import org.scfledger.projections.receivable.ReceivableViews;

/**
 * "What did the ledger show as of P": the read models' folds, run in memory over only the aggregates the answer
 * depends on (a member's line: its program's events; a financing: its own; a receivable: its own, its ancestors' and
 * its financing's), up to the journal size {@code P} resolves to.
 */
public final class AsOfReplay {

    private final Journal journal;
    private final Checkpoints checkpoints;

    public AsOfReplay(Journal journal, Checkpoints checkpoints) {
        this.journal = journal;
        this.checkpoints = checkpoints;
    }

    /** How many events of the journal {@code asOf} covers: the replay reads positions below it. */
    public long size(AsOf asOf) {
        if (asOf instanceof AsOf.Position p) {
            return Math.min(p.position() + 1, journal.head().size());
        }
        if (asOf instanceof AsOf.Checkpoint c) {
            return checkpoints.byNumber(c.number())
                    .orElseThrow(() -> new IllegalArgumentException("checkpoint " + c.number() + " does not exist: the ledger has signed no checkpoint with that number"))
                    .treeSize();
        }
        if (asOf instanceof AsOf.At at) {
            return journal.sizeBefore(at.instant().truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS));
        }
        return journal.head().size();
    }

    public Optional<MemberLineView> memberLine(ProgramId programId, PartyId member, AsOf asOf) {
        FoldedLedger folded = fold(List.of(programId.toString()), size(asOf), ReadModels.PROGRAM_LINES,
                ReadModels.MEMBER_LINES);
        ProgramState program = folded.get(ReadModels.PROGRAM_LINES, programId.toString());
        MemberLineState line = folded.get(ReadModels.MEMBER_LINES, MemberLines.key(programId, member));
        return program == null || line == null ? Optional.empty() : Optional.of(CreditLines.memberView(program, line));
    }

    public Optional<ProgramLineView> programLine(ProgramId programId, AsOf asOf) {
        FoldedLedger folded = fold(List.of(programId.toString()), size(asOf), ReadModels.PROGRAM_LINES);
        return Optional.ofNullable(folded.get(ReadModels.PROGRAM_LINES, programId.toString()))
                .map(CreditLines::programView);
    }

    /** The financing as the journal up to {@code asOf} had it, with its position valued on {@code valuationDate}. */
    public Optional<FinancingView> financing(FinancingId financingId, AsOf asOf, LocalDate valuationDate) {
        FoldedLedger folded = fold(List.of(financingId.toString()), size(asOf), ReadModels.FINANCINGS);
        return Optional.ofNullable(folded.get(ReadModels.FINANCINGS, financingId.toString()))
                .map(state -> FinancingViews.view(state, valuationDate));
    }

    public Optional<ReceivableView> receivable(ReceivableId receivableId, AsOf asOf) {
        long size = size(asOf);
        Set<String> aggregates = new HashSet<>();
        List<Positioned> events = new ArrayList<>();
        Deque<String> toRead = new ArrayDeque<>(List.of(receivableId.toString()));
        while (!toRead.isEmpty()) {
            String aggregate = toRead.pop();
            if (!aggregates.add(aggregate)) {
                continue;
            }
            for (JournalRecord record : journal.aggregateRecordsBefore(aggregate, size)) {
                Object event = LedgerEvents.decode(record);
                events.add(new Positioned(record.position(), event));
                if (event instanceof ReceivablePartCreated created) {
                    toRead.push(created.parentId().toString());
                } else if (event instanceof ReceivableEncumbered encumbered
                        && encumbered.encumbrance().kind() == EncumbranceKind.FINANCING) {
                    toRead.push(ReceivableState.financingKey(encumbered.encumbrance()));
                }
            }
        }
        FoldedLedger folded = new FoldedLedger(List.of(ReadModels.RECEIVABLES, ReadModels.FINANCINGS));
        events.stream().sorted(Comparator.comparingLong(Positioned::position))
                .forEach(positioned -> folded.apply(positioned.position(), positioned.event()));
        ReceivableState state = folded.get(ReadModels.RECEIVABLES, receivableId.toString());
        return Optional.ofNullable(state).map(s -> ReceivableViews.view(s,
                key -> folded.get(ReadModels.RECEIVABLES, key), key -> folded.get(ReadModels.FINANCINGS, key)));
    }

    private FoldedLedger fold(List<String> aggregateIds, long size, ReadModel<?>... models) {
        FoldedLedger folded = new FoldedLedger(List.of(models));
        aggregateIds.stream().flatMap(id -> journal.aggregateRecordsBefore(id, size).stream())
                .sorted(Comparator.comparingLong(JournalRecord::position))
                .forEach(record -> folded.apply(record.position(), LedgerEvents.decode(record)));
        return folded;
    }

    /** The states folded from the journal up to {@code asOf} of every aggregate: a whole-ledger replay. */
    public FoldedLedger all(AsOf asOf) {
        long size = size(asOf);
        FoldedLedger folded = FoldedLedger.ofAll();
        long position = 0;
        while (position < size) {
            List<JournalRecord> page = journal.records(position, size, 10_000);
            for (JournalRecord record : page) {
                folded.apply(record.position(), LedgerEvents.decode(record));
            }
            position = page.isEmpty() ? size : page.get(page.size() - 1).position() + 1;
        }
        return folded;
    }


    /** An event decoded once, with its position in the journal. */
    private record Positioned(long position, Object event) {
    }
}
