package org.scfledger.core.trade;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** What happens to a purchase order. Amounts include tax, in the order's currency. */
public sealed interface OrderEvent {

    OrderId orderId();

    /** The buyer placed an order with the seller. */
    @Revision("1")
    record OrderRegistered(OrderId orderId, PartyId buyer, PartyId seller, Money amount, LocalDate orderDate,
            String description) implements OrderEvent {
    }

    /** The seller accepted the order: what is not yet invoiced counts as a purchase-order asset. */
    @Revision("1")
    record OrderAccepted(OrderId orderId, PartyId acceptedBy, LocalDate acceptedOn) implements OrderEvent {
    }

    /** The order was cancelled; {@code remaining}, the part not invoiced, will not be invoiced any more. */
    @Revision("1")
    record OrderCancelled(OrderId orderId, PartyId cancelledBy, String reason, Money remaining, LocalDate cancelledOn)
            implements OrderEvent {
    }

    /** An invoice was issued against the order: {@code invoicedSoFar + remaining = order amount}. */
    @Revision("1")
    record OrderInvoiced(OrderId orderId, InvoiceId invoiceId, Money amount, Money invoicedSoFar, Money remaining,
            LocalDate invoicedOn) implements OrderEvent {
    }

    /** Nothing of the order remains to be invoiced: it no longer counts as a purchase-order asset. */
    @Revision("1")
    record OrderFullyInvoiced(OrderId orderId, Money invoicedSoFar, LocalDate invoicedOn) implements OrderEvent {
    }

    /** An invoice recorded on the order was cancelled: its amount is open on the order again. */
    @Revision("1")
    record OrderInvoiceCancelled(OrderId orderId, InvoiceId invoiceId, Money amount, Money invoicedSoFar, Money remaining,
            LocalDate cancelledOn) implements OrderEvent {
    }

    /** The order now backs {@code encumbrance} (a member's line), and nothing else until released; {@code remaining} counts. */
    @Revision("1")
    record OrderEncumbered(OrderId orderId, Encumbrance encumbrance, Money remaining, PartyId encumberedBy, LocalDate encumberedOn)
            implements OrderEvent {
    }

    /** The order no longer backs {@code encumbrance}. */
    @Revision("1")
    record OrderReleased(OrderId orderId, Encumbrance encumbrance, PartyId releasedBy, LocalDate releasedOn) implements OrderEvent {
    }
}
