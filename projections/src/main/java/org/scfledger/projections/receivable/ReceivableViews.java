package org.scfledger.projections.receivable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.scfledger.projections.financing.FinancingState;

/** A receivable's view from its folded state, its ancestors' (for the holder chain) and its financing's. */
public final class ReceivableViews {

    private ReceivableViews() {
    }

    /**
     * @param receivables finds a receivable's state by id (the ancestors of a part), null if unknown
     * @param financings finds a financing's state by id, null if unknown
     */
    public static ReceivableView view(ReceivableState state, Function<String, @Nullable ReceivableState> receivables,
            Function<String, @Nullable FinancingState> financings) {
        @Nullable FinancingState financing = state.financingId() == null ? null : financings.apply(state.financingId());
        return new ReceivableView(state.receivableId(), state.originalId(), state.parentId(), state.programId(),
                state.debtor(), state.holder(), state.faceAmount(), state.balance(), state.maturityDate(),
                state.status(), state.confirmedOn(), state.match(), state.disputeReason(), state.invoiceIds(),
                state.orderId(), holderChain(state, receivables), state.parts(), state.encumbrance(),
                financing == null ? null : financingOf(financing), state.maximumAdvance(), state.settledAmount(),
                state.paidTo(), state.paidOn(), state.debtorPaid(), state.fellDueOn() != null);
    }

    /** The holders of every ancestor, oldest first, up to the split that created each part, then its own. */
    static List<Holding> holderChain(ReceivableState state,
            Function<String, @Nullable ReceivableState> receivables) {
        List<Holding> chain = new ArrayList<>();
        @Nullable ReceivableState parent = state.parentId() == null ? null : receivables.apply(state.parentId().toString());
        if (parent != null) {
            chain.addAll(holderChain(parent, receivables));
        }
        chain.addAll(state.holders());
        return chain;
    }

    private static ReceivableFinancing financingOf(FinancingState f) {
        return new ReceivableFinancing(f.financingId(), f.funder(), f.status(), f.amount(),
                f.disbursement() == null ? null : f.disbursement().principal(), f.outstandingPrincipal());
    }
}
