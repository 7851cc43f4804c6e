package org.scfledger.core.trade;

import org.scfledger.core.asset.Encumbrance;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.receivable.ReceivableId;

/** What happens to an invoice. {@code amount} includes tax. */
public sealed interface InvoiceEvent {

    InvoiceId invoiceId();

    /** The seller issued the invoice to the buyer, against {@code orderId} if there is one. */
    @Revision("1")
    record InvoiceIssued(InvoiceId invoiceId, PartyId issuer, String issuerTaxId, String invoiceCode, String invoiceNumber,
            PartyId buyer, Money amount, Money taxAmount, LocalDate issueDate, @Nullable OrderId orderId) implements InvoiceEvent {
    }

    /** The tax authority answered a verification; the invoice is usable while the latest verdict is AUTHENTIC. */
    @Revision("1")
    record InvoiceVerified(InvoiceId invoiceId, TaxAuthorityVerdict verdict, String reference, PartyId verifiedBy,
            LocalDate verifiedOn) implements InvoiceEvent {
    }

    /** The issuer cancelled the invoice: it is no asset any more, and its key stays taken. */
    @Revision("1")
    record InvoiceCancelled(InvoiceId invoiceId, PartyId cancelledBy, String reason, LocalDate cancelledOn) implements InvoiceEvent {
    }

    /** The invoice now backs {@code encumbrance}, and nothing else until released. */
    @Revision("1")
    record InvoiceEncumbered(InvoiceId invoiceId, Encumbrance encumbrance, PartyId encumberedBy, LocalDate encumberedOn)
            implements InvoiceEvent {
    }

    /** The invoice no longer backs {@code encumbrance}. */
    @Revision("1")
    record InvoiceReleased(InvoiceId invoiceId, Encumbrance encumbrance, PartyId releasedBy, LocalDate releasedOn)
            implements InvoiceEvent {
    }

    /**
     * A registered receivable rests on the invoice (recorded in the receivable's registration unit of work): the invoice
     * does not count on a line on its own while the receivable is not settled (one asset counts once).
     */
    @Revision("1")
    record InvoiceBackingReceivable(InvoiceId invoiceId, ReceivableId receivableId, LocalDate since) implements InvoiceEvent {
    }

    /** The receivable that rested on the invoice was settled: the invoice may count on a line on its own again. */
    @Revision("1")
    record InvoiceReceivableSettled(InvoiceId invoiceId, ReceivableId receivableId, LocalDate settledOn) implements InvoiceEvent {
    }
}
