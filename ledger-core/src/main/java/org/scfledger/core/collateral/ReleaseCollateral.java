package org.scfledger.core.collateral;

import static org.scfledger.core.rules.CommandFields.required;
import static org.scfledger.core.rules.CommandFields.text;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** The funder (the pledgee) releases the collateral: goods out of custody, a guarantee or mortgage discharged. It is no asset any more; on a line, the line stops counting it. */
public record ReleaseCollateral(@TargetAggregateIdentifier CollateralId collateralId, String reason, LocalDate releasedOn, PartyId actingParty) {

    public ReleaseCollateral {
        required(collateralId, "collateralId");
        text(reason, "reason");
        required(releasedOn, "releasedOn");
        required(actingParty, "actingParty");
    }
}
