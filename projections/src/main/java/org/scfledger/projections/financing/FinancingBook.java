package org.scfledger.projections.financing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.financing.FinancingEvent;
import org.scfledger.core.financing.FinancingEvent.FinancingRequestRefused;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.projections.ReadModel;

/** The financing book: one entity per financing, keyed by the financing's id. */
public final class FinancingBook implements ReadModel<FinancingState> {

    @Override
    public String name() {
        return "financing";
    }

    @Override
    public Class<FinancingState> stateType() {
        return FinancingState.class;
    }

    @Override
    public List<String> keysOf(Object event) {
        return event instanceof FinancingEvent e ? List.of(e.financingId().toString()) : List.of();
    }

    @Override
    public FinancingState apply(@Nullable FinancingState state, Object event) {
        if (event instanceof FinancingRequested requested) {
            return FinancingState.requested(requested);
        }
        if (event instanceof FinancingRequestRefused refused) {
            return FinancingState.refused(refused);
        }
        if (state == null) {
            throw new IllegalStateException("No financing for " + event);
        }
        return state.apply((FinancingEvent) event);
    }
}
