package org.scfledger.core.trade;

import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/**
 * Records that an invoice recorded on the order was cancelled, so that its amount is open on the order again.
 * Sent by the seller; cancelling an invoice issued against an order does it in the same unit of work
 * ({@code InvoiceCancellation}).
 */
public record RecordOrderInvoiceCancelled(
        @TargetAggregateIdentifier OrderId orderId,
        InvoiceId invoiceId,
        LocalDate cancelledOn,
        PartyId actingParty) {

    public RecordOrderInvoiceCancelled {
        required(orderId, "orderId");
        required(invoiceId, "invoiceId");
        required(cancelledOn, "cancelledOn");
        required(actingParty, "actingParty");
    }
}
