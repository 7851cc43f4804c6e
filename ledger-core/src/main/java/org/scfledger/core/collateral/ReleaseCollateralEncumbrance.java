package org.scfledger.core.collateral;

import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.party.PartyId;

/** Frees the collateral from the encumbrance it names; a credit line stops counting it in the same unit of work. */
public record ReleaseCollateralEncumbrance(
        @TargetAggregateIdentifier CollateralId collateralId,
        Encumbrance encumbrance,
        LocalDate releasedOn,
        PartyId actingParty) {

    public ReleaseCollateralEncumbrance {
        required(collateralId, "collateralId");
        required(encumbrance, "encumbrance");
        required(releasedOn, "releasedOn");
        required(actingParty, "actingParty");
    }
}
