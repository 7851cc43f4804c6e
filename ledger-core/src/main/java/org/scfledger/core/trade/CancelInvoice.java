package org.scfledger.core.trade;

import static org.scfledger.core.rules.CommandFields.required;
import static org.scfledger.core.rules.CommandFields.text;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** The issuer cancels the invoice (voided, or reversed by a red-letter invoice); refused while it backs a financing or line. */
public record CancelInvoice(@TargetAggregateIdentifier InvoiceId invoiceId, String reason, LocalDate cancelledOn, PartyId actingParty) {

    public CancelInvoice {
        required(invoiceId, "invoiceId");
        text(reason, "reason");
        required(cancelledOn, "cancelledOn");
        required(actingParty, "actingParty");
    }
}
