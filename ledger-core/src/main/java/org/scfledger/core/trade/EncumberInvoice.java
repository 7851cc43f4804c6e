package org.scfledger.core.trade;

import org.scfledger.core.asset.Encumbrance;
import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** Makes the invoice back one financing or line: an invoice is never used twice (DOMAIN.md, "No double financing"). */
public record EncumberInvoice(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        Encumbrance encumbrance,
        LocalDate encumberedOn,
        PartyId actingParty) {

    public EncumberInvoice {
        required(invoiceId, "invoiceId");
        required(encumbrance, "encumbrance");
        required(encumberedOn, "encumberedOn");
        required(actingParty, "actingParty");
    }
}
