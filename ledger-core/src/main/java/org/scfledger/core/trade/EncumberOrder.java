package org.scfledger.core.trade;

import org.scfledger.core.asset.Encumbrance;
import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** Makes an accepted order back one line: the order is never used twice (DOMAIN.md, "No double financing"). */
public record EncumberOrder(
        @TargetAggregateIdentifier OrderId orderId,
        Encumbrance encumbrance,
        LocalDate encumberedOn,
        PartyId actingParty) {

    public EncumberOrder {
        required(orderId, "orderId");
        required(encumbrance, "encumbrance");
        required(encumberedOn, "encumberedOn");
        required(actingParty, "actingParty");
    }
}
