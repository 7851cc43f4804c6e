package org.scfledger.core.collateral;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** What happens to a collateral item: the events of the {@code Collateral} aggregate. */
public sealed interface CollateralEvent {

    CollateralId collateralId();

    /** The pledgor pledged the item to the pledgee; {@code value} is the appraised value or guaranteed amount. */
    @Revision("1")
    record CollateralPledged(CollateralId collateralId, CollateralKind kind, PartyId pledgor, PartyId pledgee, Money value,
            String description, @Nullable PartyId custodian, @Nullable PartyId guarantor, @Nullable String documentReference,
            @Nullable LocalDate expiresOn, LocalDate pledgedOn) implements CollateralEvent {
    }

    /** The pledgee appraised the item anew. */
    @Revision("1")
    record CollateralRevalued(CollateralId collateralId, Money previousValue, Money value, PartyId revaluedBy,
            LocalDate revaluedOn) implements CollateralEvent {
    }

    /** The pledgee released the item: it is no asset any more, and backs nothing. */
    @Revision("1")
    record CollateralReleased(CollateralId collateralId, String reason, PartyId releasedBy, LocalDate releasedOn)
            implements CollateralEvent {
    }

    /** The item's expiry date passed: it is no asset any more, and backs nothing. */
    @Revision("1")
    record CollateralExpired(CollateralId collateralId, LocalDate expiresOn, PartyId expiredBy, LocalDate businessDate)
            implements CollateralEvent {
    }

    /** The item now backs {@code encumbrance}, and nothing else until released. */
    @Revision("1")
    record CollateralEncumbered(CollateralId collateralId, Encumbrance encumbrance, PartyId encumberedBy, LocalDate encumberedOn)
            implements CollateralEvent {
    }

    /** The item no longer backs {@code encumbrance}. */
    @Revision("1")
    record CollateralEncumbranceReleased(CollateralId collateralId, Encumbrance encumbrance, PartyId releasedBy,
            LocalDate releasedOn) implements CollateralEvent {
    }
}
