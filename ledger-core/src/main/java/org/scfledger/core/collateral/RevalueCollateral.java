package org.scfledger.core.collateral;

import static org.scfledger.core.rules.CommandFields.positive;
import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** The funder (the pledgee) sets a new appraised value or guaranteed amount, in the collateral's currency. On a line, the line counts the new value from now on. */
public record RevalueCollateral(@TargetAggregateIdentifier CollateralId collateralId, Money value, LocalDate revaluedOn, PartyId actingParty) {

    public RevalueCollateral {
        required(collateralId, "collateralId");
        positive(value, "value");
        required(revaluedOn, "revaluedOn");
        required(actingParty, "actingParty");
    }
}
