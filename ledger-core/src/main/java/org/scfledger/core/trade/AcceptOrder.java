package org.scfledger.core.trade;

import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** The seller accepts the order: from then on it is a purchase-order asset (DOMAIN.md) and may be invoiced. */
public record AcceptOrder(@TargetAggregateIdentifier OrderId orderId, LocalDate acceptedOn, PartyId actingParty) {

    public AcceptOrder {
        required(orderId, "orderId");
        required(acceptedOn, "acceptedOn");
        required(actingParty, "actingParty");
    }
}
