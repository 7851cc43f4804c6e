package org.scfledger.projections.collateral;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.collateral.CollateralEvent;
import org.scfledger.core.collateral.CollateralEvent.CollateralEncumbered;
import org.scfledger.core.collateral.CollateralEvent.CollateralEncumbranceReleased;
import org.scfledger.core.collateral.CollateralEvent.CollateralExpired;
import org.scfledger.core.collateral.CollateralEvent.CollateralPledged;
import org.scfledger.core.collateral.CollateralEvent.CollateralReleased;
import org.scfledger.core.collateral.CollateralEvent.CollateralRevalued;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.CollateralKind;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * A collateral item as the register folds it; it is also the view.
 *
 * @param encumbrance the line or financing it backs now, if any
 * @param endedOn when it was released or expired
 */
public record CollateralState(
        CollateralId collateralId,
        CollateralKind kind,
        PartyId pledgor,
        PartyId pledgee,
        Money value,
        String description,
        @Nullable PartyId custodian,
        @Nullable PartyId guarantor,
        @Nullable String documentReference,
        @Nullable LocalDate expiresOn,
        LocalDate pledgedOn,
        CollateralStatus status,
        @Nullable Encumbrance encumbrance,
        @Nullable LocalDate endedOn) {

    static CollateralState pledged(CollateralPledged e) {
        return new CollateralState(e.collateralId(), e.kind(), e.pledgor(), e.pledgee(), e.value(), e.description(),
                e.custodian(), e.guarantor(), e.documentReference(), e.expiresOn(), e.pledgedOn(),
                CollateralStatus.PLEDGED, null, null);
    }

    /** The fold: this item after one of its own events. */
    CollateralState apply(CollateralEvent event) {
        if (event instanceof CollateralRevalued e) {
            return with(e.value(), status, encumbrance, endedOn);
        }
        if (event instanceof CollateralReleased e) {
            return with(value, CollateralStatus.RELEASED, null, e.releasedOn());
        }
        if (event instanceof CollateralExpired e) {
            return with(value, CollateralStatus.EXPIRED, null, e.businessDate());
        }
        if (event instanceof CollateralEncumbered e) {
            return with(value, status, e.encumbrance(), endedOn);
        }
        if (event instanceof CollateralEncumbranceReleased e) {
            return with(value, status, null, endedOn);
        }
        return this;
    }

    private CollateralState with(Money value, CollateralStatus status, @Nullable Encumbrance encumbrance,
            @Nullable LocalDate endedOn) {
        return new CollateralState(collateralId, kind, pledgor, pledgee, value, description, custodian, guarantor,
                documentReference, expiresOn, pledgedOn, status, encumbrance, endedOn);
    }
}
