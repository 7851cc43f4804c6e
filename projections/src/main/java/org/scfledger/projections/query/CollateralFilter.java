package org.scfledger.projections.query;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.party.PartyId;
import org.scfledger.projections.collateral.CollateralStatus;

/** Which collateral to list; null fields do not filter; {@code expiringBy}: expiry date on or before it. */
public record CollateralFilter(@Nullable PartyId pledgor, @Nullable PartyId pledgee, @Nullable CollateralStatus status,
        @Nullable LocalDate expiringBy) {

    public static CollateralFilter all() {
        return new CollateralFilter(null, null, null, null);
    }
}
