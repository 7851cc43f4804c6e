package org.scfledger.core.collateral;

import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.party.PartyId;

/**
 * Makes the collateral back one financing or line, in favour of its pledgee: never two at a time. A pledge to a
 * credit line goes through {@code PledgeAssetToLine}, which also counts the collateral on the line.
 */
public record EncumberCollateral(
        @TargetAggregateIdentifier CollateralId collateralId,
        Encumbrance encumbrance,
        LocalDate encumberedOn,
        PartyId actingParty) {

    public EncumberCollateral {
        required(collateralId, "collateralId");
        required(encumbrance, "encumbrance");
        required(encumberedOn, "encumberedOn");
        required(actingParty, "actingParty");
    }
}
