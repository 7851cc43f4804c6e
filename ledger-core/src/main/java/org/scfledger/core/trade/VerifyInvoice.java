package org.scfledger.core.trade;

import static org.scfledger.core.rules.CommandFields.required;
import static org.scfledger.core.rules.CommandFields.text;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** Records the tax authority's verification of the invoice ({@code reference}: the verification's reference there). */
public record VerifyInvoice(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        TaxAuthorityVerdict verdict,
        String reference,
        LocalDate verifiedOn,
        PartyId actingParty) {

    public VerifyInvoice {
        required(invoiceId, "invoiceId");
        required(verdict, "verdict");
        text(reference, "reference");
        required(verifiedOn, "verifiedOn");
        required(actingParty, "actingParty");
    }
}
