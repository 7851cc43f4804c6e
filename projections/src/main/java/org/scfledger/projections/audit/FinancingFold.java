package org.scfledger.projections.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.projections.FoldedLedger;
import org.scfledger.projections.LedgerEvents;
import org.scfledger.projections.ReadModels;
import org.scfledger.projections.financing.FinancingState;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.financing.FinancingViews;

/** A financing: the financing fold over its own events, every one of which is evidence. */
final class FinancingFold implements Fold {

    private final FinancingId financing;
    private final Aggregates aggregates;
    private final FoldedLedger folded = new FoldedLedger(List.of(ReadModels.FINANCINGS));
    private final List<Evidence> evidence = new ArrayList<>();

    FinancingFold(FinancingId financing) {
        this.financing = financing;
        this.aggregates = Aggregates.one(financing);
    }

    @Override
    public Aggregates aggregates() {
        return aggregates;
    }

    @Override
    public void apply(JournalRecord record) {
        Object event = LedgerEvents.decode(record);
        folded.apply(record.position(), event);
        evidence.add(Evidence.of(record, event, Evidence.Role.FINANCING));
    }

    /** The financing with its repayment position valued on {@code day}. */
    @Nullable FinancingView view(LocalDate day) {
        FinancingState state = folded.get(ReadModels.FINANCINGS, financing.toString());
        return state == null ? null : FinancingViews.view(state, day);
    }

    List<Evidence> evidence() {
        return List.copyOf(evidence);
    }
}
