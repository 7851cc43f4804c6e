package org.scfledger.core.trade;

import org.scfledger.core.asset.Encumbrance;
import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** Frees the invoice from the encumbrance it names (the financing was repaid, the line closed or declined). */
public record ReleaseInvoice(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        Encumbrance encumbrance,
        LocalDate releasedOn,
        PartyId actingParty) {

    public ReleaseInvoice {
        required(invoiceId, "invoiceId");
        required(encumbrance, "encumbrance");
        required(releasedOn, "releasedOn");
        required(actingParty, "actingParty");
    }
}
