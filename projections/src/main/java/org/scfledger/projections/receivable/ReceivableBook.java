package org.scfledger.projections.receivable;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.financing.FinancingEvent.ReceivableFinancingTerms;
import org.scfledger.core.receivable.ReceivableEvent;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartCreated;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableRegistered;
import org.scfledger.projections.ReadModel;

/**
 * The receivable book: one entity per receivable or part, keyed by its id; it follows the receivable's own events and
 * the financing terms that name it ({@code ReceivableFinancingTerms}). How the debtor's payment was split between the
 * financing and the holder is the financing's ({@code ReceivableProceedsApplied}, in the financing book).
 */
public final class ReceivableBook implements ReadModel<ReceivableState> {

    @Override
    public String name() {
        return "receivable";
    }

    @Override
    public Class<ReceivableState> stateType() {
        return ReceivableState.class;
    }

    @Override
    public List<String> keysOf(Object event) {
        if (event instanceof ReceivableEvent e) {
            return List.of(e.receivableId().toString());
        }
        if (event instanceof ReceivableFinancingTerms e) {
            return List.of(e.receivableId().toString());
        }
        return List.of();
    }

    @Override
    public ReceivableState apply(@Nullable ReceivableState state, Object event) {
        if (event instanceof ReceivableRegistered registered) {
            return ReceivableState.registered(registered);
        }
        if (event instanceof ReceivablePartCreated created) {
            return ReceivableState.partCreated(created);
        }
        if (state == null) {
            throw new IllegalStateException("No receivable for " + event);
        }
        return state.apply(event);
    }
}
