package org.scfledger.core.trade;

import static org.scfledger.core.rules.CommandFields.required;
import static org.scfledger.core.rules.CommandFields.text;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** Cancels what is not yet invoiced of an order: by the buyer, or by either party before the seller accepted it. */
public record CancelOrder(@TargetAggregateIdentifier OrderId orderId, String reason, LocalDate cancelledOn, PartyId actingParty) {

    public CancelOrder {
        required(orderId, "orderId");
        text(reason, "reason");
        required(cancelledOn, "cancelledOn");
        required(actingParty, "actingParty");
    }
}
