package org.scfledger.core.trade;

import static org.scfledger.core.rules.CommandFields.notNegative;
import static org.scfledger.core.rules.CommandFields.positive;
import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * The seller issues an invoice to the buyer, optionally against an order of theirs (which then records the
 * invoiced amount in the same unit of work). The key parts are normalised as {@link InvoiceId#of} does, and the
 * invoice's id is derived from them: the key can be registered once, ever.
 */
public record IssueInvoice(
        PartyId issuer,
        String issuerTaxId,
        String invoiceCode,
        String invoiceNumber,
        PartyId buyer,
        Money amount,
        Money taxAmount,
        LocalDate issueDate,
        @Nullable OrderId orderId,
        PartyId actingParty) {

    public IssueInvoice {
        required(issuer, "issuer");
        issuerTaxId = InvoiceId.normalise(issuerTaxId, "issuerTaxId");
        invoiceCode = InvoiceId.normalise(invoiceCode, "invoiceCode");
        invoiceNumber = InvoiceId.normalise(invoiceNumber, "invoiceNumber");
        required(buyer, "buyer");
        positive(amount, "amount");
        notNegative(taxAmount, "taxAmount");
        required(issueDate, "issueDate");
        required(actingParty, "actingParty");
        if (issuer.equals(buyer)) {
            throw new IllegalArgumentException("buyer must differ from issuer: " + issuer);
        }
        if (!taxAmount.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("taxAmount must be in the amount's currency " + amount.currency() + ": " + taxAmount);
        }
        if (taxAmount.isGreaterThan(amount)) {
            throw new IllegalArgumentException("taxAmount " + taxAmount + " exceeds amount " + amount + ", which includes tax");
        }
    }

    /** Without an order. */
    public IssueInvoice(PartyId issuer, String issuerTaxId, String invoiceCode, String invoiceNumber, PartyId buyer,
            Money amount, Money taxAmount, LocalDate issueDate, PartyId actingParty) {
        this(issuer, issuerTaxId, invoiceCode, invoiceNumber, buyer, amount, taxAmount, issueDate, null, actingParty);
    }

    @TargetAggregateIdentifier
    public InvoiceId invoiceId() {
        return InvoiceId.of(issuerTaxId, invoiceCode, invoiceNumber);
    }
}
