package org.scfledger.projections.financing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.lending.LoanPosition;
import org.scfledger.core.lending.Schedule;

/** A financing's view as of a date, from its folded state, by {@code org.scfledger.core.lending}'s replay. */
public final class FinancingViews {

    private FinancingViews() {
    }

    public static FinancingView view(FinancingState state, LocalDate asOf) {
        Schedule schedule = state.schedule();
        return new FinancingView(state.financingId(), state.kind(), state.programId(), state.member(), state.funder(),
                state.status(), state.amount(), state.method(), state.tenor(), state.requestedOn(), state.decision(),
                state.disbursement(), schedule == null ? List.of() : schedule.installments(), state.repayments(),
                state.paid(), position(state, asOf), state.lastOverdue(), state.writeOff(), state.repaidOn(),
                state.receivable());
    }

    /** The repayment position as of {@code asOf}; null unless money is owed on the financing. */
    public static @Nullable RepaymentPosition position(FinancingState state, LocalDate asOf) {
        Schedule schedule = state.schedule();
        if (!state.isOpen() || schedule == null || schedule.isFullyRepaid()) {
            return null;
        }
        LoanPosition p = LoanPosition.asOf(schedule, state.repaymentsSinceSchedule(), asOf, state.penaltyPolicy());
        return new RepaymentPosition(asOf, p.outstandingPrincipal(), p.duePrincipal(), p.dueInterest(),
                p.overduePrincipal(), p.penaltyInterest(), p.interestAccruedNotYetDue(), p.dues().total(),
                p.payoffAmount(), p.ageing().daysPastDue(), p.ageing().bucket());
    }
}
