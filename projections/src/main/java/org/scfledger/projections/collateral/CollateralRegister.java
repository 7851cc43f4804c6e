package org.scfledger.projections.collateral;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.collateral.CollateralEvent;
import org.scfledger.core.collateral.CollateralEvent.CollateralPledged;
import org.scfledger.projections.ReadModel;

/** The collateral register: one entity per collateral item, keyed by its id. */
public final class CollateralRegister implements ReadModel<CollateralState> {

    @Override
    public String name() {
        return "collateral";
    }

    @Override
    public Class<CollateralState> stateType() {
        return CollateralState.class;
    }

    @Override
    public List<String> keysOf(Object event) {
        return event instanceof CollateralEvent e ? List.of(e.collateralId().toString()) : List.of();
    }

    @Override
    public CollateralState apply(@Nullable CollateralState state, Object event) {
        if (event instanceof CollateralPledged pledged) {
            return CollateralState.pledged(pledged);
        }
        if (state == null) {
            throw new IllegalStateException("No collateral for " + event);
        }
        return state.apply((CollateralEvent) event);
    }
}
