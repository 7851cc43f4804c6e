package org.scfledger.core.collateral;

import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** The business calendar (the operator) or the funder records that the collateral's expiry date has passed: on or after it. On a line, the line stops counting it. */
public record ExpireCollateral(@TargetAggregateIdentifier CollateralId collateralId, LocalDate businessDate, PartyId actingParty) {

    public ExpireCollateral {
        required(collateralId, "collateralId");
        required(businessDate, "businessDate");
        required(actingParty, "actingParty");
    }
}
