package org.scfledger.core.trade;

import org.scfledger.core.asset.Encumbrance;
import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** Frees the order from the encumbrance it names (the financing was repaid, the line closed or declined). */
public record ReleaseOrder(
        @TargetAggregateIdentifier OrderId orderId,
        Encumbrance encumbrance,
        LocalDate releasedOn,
        PartyId actingParty) {

    public ReleaseOrder {
        required(orderId, "orderId");
        required(encumbrance, "encumbrance");
        required(releasedOn, "releasedOn");
        required(actingParty, "actingParty");
    }
}
