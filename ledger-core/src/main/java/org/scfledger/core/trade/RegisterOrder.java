package org.scfledger.core.trade;

import static org.scfledger.core.rules.CommandFields.positive;
import static org.scfledger.core.rules.CommandFields.required;
import static org.scfledger.core.rules.CommandFields.text;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** The buyer registers a purchase order placed with a seller (core enterprise with a supplier, or distributor with the core). */
public record RegisterOrder(
        @TargetAggregateIdentifier OrderId orderId,
        PartyId buyer,
        PartyId seller,
        Money amount,
        LocalDate orderDate,
        String description,
        PartyId actingParty) {

    public RegisterOrder {
        required(orderId, "orderId");
        required(buyer, "buyer");
        required(seller, "seller");
        positive(amount, "amount");
        required(orderDate, "orderDate");
        text(description, "description");
        required(actingParty, "actingParty");
        if (buyer.equals(seller)) {
            throw new IllegalArgumentException("seller must differ from buyer: " + buyer);
        }
    }
}
