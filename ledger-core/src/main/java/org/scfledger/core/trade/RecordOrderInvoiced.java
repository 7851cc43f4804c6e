package org.scfledger.core.trade;

import static org.scfledger.core.rules.CommandFields.positive;
import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * Records that an invoice was issued against the order, for its amount including tax. Sent by the seller; issuing
 * an invoice with an order id does it in the same unit of work ({@code InvoiceIssuance}).
 */
public record RecordOrderInvoiced(
        @TargetAggregateIdentifier OrderId orderId,
        InvoiceId invoiceId,
        PartyId seller,
        PartyId buyer,
        Money amount,
        LocalDate invoicedOn,
        PartyId actingParty) {

    public RecordOrderInvoiced {
        required(orderId, "orderId");
        required(invoiceId, "invoiceId");
        required(seller, "seller");
        required(buyer, "buyer");
        positive(amount, "amount");
        required(invoicedOn, "invoicedOn");
        required(actingParty, "actingParty");
    }
}
