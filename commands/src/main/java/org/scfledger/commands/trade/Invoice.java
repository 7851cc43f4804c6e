package org.scfledger.commands.trade;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.rules.NotPermitted;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.CancelInvoice;
import org.scfledger.core.trade.EncumberInvoice;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.asset.EncumbranceKind;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.trade.InvoiceEvent.InvoiceBackingReceivable;
import org.scfledger.core.trade.InvoiceEvent.InvoiceCancelled;
import org.scfledger.core.trade.InvoiceEvent.InvoiceEncumbered;
import org.scfledger.core.trade.InvoiceEvent.InvoiceIssued;
import org.scfledger.core.trade.InvoiceEvent.InvoiceReceivableSettled;
import org.scfledger.core.trade.InvoiceEvent.InvoiceReleased;
import org.scfledger.core.trade.InvoiceEvent.InvoiceVerified;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.ReleaseInvoice;
import org.scfledger.core.trade.TaxAuthorityVerdict;
import org.scfledger.core.trade.VerifyInvoice;

/**
 * An invoice, identified by its key (issuer tax id, code, number). It is an asset while verified as authentic
 * and not cancelled, and it backs at most one financing or line at a time: two requests to encumber it are two
 * appends at the same aggregate sequence, of which the journal lets one through on any number of instances
 * (ADR 0003, point 1); the other is retried against the new state and refused here.
 *
 * <p>Issued by {@link InvoiceIssuance} and cancelled by {@link InvoiceCancellation}, which keep the invoice's
 * order in step in the same unit of work.
 */
public class Invoice {

    @AggregateIdentifier
    private InvoiceId invoiceId;
    private PartyId issuer;
    private PartyId buyer;
    private LocalDate issueDate;
    private @Nullable OrderId orderId;
    private @Nullable TaxAuthorityVerdict verdict;
    private boolean cancelled;
    private @Nullable Encumbrance encumbrance;
    private @Nullable LocalDate encumberedOn;
    private @Nullable Money amount;
    /** The registered, unsettled receivables that rest on the invoice. */
    private final java.util.Set<ReceivableId> receivables = new java.util.LinkedHashSet<>();

    protected Invoice() {
        // rebuilt from its events
    }

    Invoice(IssueInvoice command) {
        NotPermitted.unless(command.actingParty().equals(command.issuer()), command.actingParty(),
                "only the issuer " + command.issuer() + " issues its invoice");
        apply(new InvoiceIssued(command.invoiceId(), command.issuer(), command.issuerTaxId(), command.invoiceCode(),
                command.invoiceNumber(), command.buyer(), command.amount(), command.taxAmount(), command.issueDate(),
                command.orderId()));
    }

    /**
     * The operator or a funder records the tax authority's answer. The aggregate knows no roles: it refuses the
     * invoice's own parties, and the API lets only the operator and funders send this command.
     */
    @CommandHandler
    void verify(VerifyInvoice command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(PartyId.OPERATOR) || !(acting.equals(issuer) || acting.equals(buyer)), acting,
                "the operator or a funder verifies an invoice, never its issuer or buyer");
        refuseIfCancelled();
        DocumentDates.notBefore(command.verifiedOn(), issueDate, "the invoice is verified", "it was issued");
        apply(new InvoiceVerified(invoiceId, command.verdict(), command.reference(), acting, command.verifiedOn()));
    }

    /** Cancels the invoice and returns its order, if any, for {@link InvoiceCancellation} to update in the same unit of work. */
    @Nullable OrderId cancel(CancelInvoice command) {
        NotPermitted.unless(command.actingParty().equals(issuer), command.actingParty(), "only the issuer " + issuer + " cancels its invoice");
        refuseIfCancelled();
        if (encumbrance != null) {
            throw new RuleViolation("invoice-encumbered", "invoice " + invoiceId + " backs " + describe(encumbrance)
                    + ": it cannot be cancelled until released");
        }
        DocumentDates.notBefore(command.cancelledOn(), issueDate, "the invoice is cancelled", "it was issued");
        apply(new InvoiceCancelled(invoiceId, command.actingParty(), command.reason(), command.cancelledOn()));
        return orderId;
    }

    /** The issuer pledges its invoice, or the operator does so for a financing it books; never twice at a time. */
    @CommandHandler
    void encumber(EncumberInvoice command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(issuer) || acting.equals(PartyId.OPERATOR), acting,
                "only the issuer " + issuer + " or the operator encumbers the invoice");
        refuseIfCancelled();
        if (command.encumbrance().kind() == EncumbranceKind.CREDIT_LINE && !receivables.isEmpty()) {
            throw new RuleViolation("invoice-behind-receivable", "invoice " + invoiceId + " backs receivable "
                    + receivables.iterator().next() + ", which counts in its stead: one asset counts once");
        }
        if (verdict != TaxAuthorityVerdict.AUTHENTIC) {
            throw new RuleViolation("invoice-not-verified", "invoice " + invoiceId + " is not verified as authentic by the tax authority"
                    + (verdict == null ? "" : " (latest verdict: " + verdict + ")"));
        }
        if (encumbrance != null) {
            throw new RuleViolation("invoice-already-encumbered", "invoice " + invoiceId + " already backs " + describe(encumbrance));
        }
        DocumentDates.notBefore(command.encumberedOn(), issueDate, "the invoice is encumbered", "it was issued");
        apply(new InvoiceEncumbered(invoiceId, command.encumbrance(), acting, command.encumberedOn()));
    }

    /**
     * The holder of the encumbrance (the funder) or the operator frees the invoice. Sent through
     * {@code pledge.AssetReleases}, which takes a line-backed invoice off its line in the same unit of work.
     */
    public void release(ReleaseInvoice command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(command.encumbrance().holder()) || acting.equals(PartyId.OPERATOR), acting,
                "only the holder of the encumbrance or the operator releases the invoice");
        if (encumbrance == null || encumberedOn == null) {
            throw new RuleViolation("invoice-not-encumbered", "invoice " + invoiceId + " backs nothing");
        }
        if (!encumbrance.equals(command.encumbrance())) {
            throw new RuleViolation("encumbrance-mismatch", "invoice " + invoiceId + " backs " + describe(encumbrance) + ", not "
                    + describe(command.encumbrance()));
        }
        DocumentDates.notBefore(command.releasedOn(), encumberedOn, "the invoice is released", "it was encumbered");
        apply(new InvoiceReleased(invoiceId, command.encumbrance(), acting, command.releasedOn()));
    }

    /**
     * Encumbers the invoice for a pledging flow in another package ({@code PledgeAssetToLine}), by the same rules as
     * {@link EncumberInvoice}, and returns what the invoice counts on a line: its amount including tax.
     */
    public Money encumberForLine(EncumberInvoice command) {
        encumber(command);
        if (amount == null) {
            throw new IllegalStateException("invoice " + invoiceId + " has no amount");
        }
        return amount;
    }

    /**
     * Records, in the registration unit of work of receivable {@code receivableId}, that it rests on this invoice; the
     * invoice is then refused on a line on its own ({@code invoice-behind-receivable}) until the receivable is settled.
     */
    public void backReceivable(ReceivableId receivableId, LocalDate since) {
        if (!receivables.contains(receivableId)) {
            apply(new InvoiceBackingReceivable(invoiceId, receivableId, since));
        }
    }

    /** Records, in the settlement unit of work of receivable {@code receivableId}, that it no longer rests on this invoice. */
    public void receivableSettled(ReceivableId receivableId, LocalDate settledOn) {
        if (receivables.contains(receivableId)) {
            apply(new InvoiceReceivableSettled(invoiceId, receivableId, settledOn));
        }
    }

    // ------------------------------------------------------------------ read by other flows (three-way match), in the same unit of work

    /** What the invoice backs now, if anything. */
    public @Nullable Encumbrance encumbrance() {
        return encumbrance;
    }

    /** The seller that issued the invoice. */
    public PartyId issuer() {
        return issuer;
    }

    /** The buyer the invoice is issued to. */
    public PartyId buyer() {
        return buyer;
    }

    /** The invoice's amount, tax included. */
    public Money amount() {
        return java.util.Objects.requireNonNull(amount, "invoice not issued");
    }

    /** The order the invoice was issued against, if any. */
    public @Nullable OrderId orderId() {
        return orderId;
    }

    /** Whether the issuer cancelled the invoice. */
    public boolean isCancelled() {
        return cancelled;
    }

    private void refuseIfCancelled() {
        if (cancelled) {
            throw new RuleViolation("invoice-cancelled", "invoice " + invoiceId + " is cancelled");
        }
    }

    private static String describe(Encumbrance encumbrance) {
        return encumbrance.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + encumbrance.reference()
                + " held by " + encumbrance.holder();
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        invoiceId = event.invoiceId();
        issuer = event.issuer();
        buyer = event.buyer();
        issueDate = event.issueDate();
        orderId = event.orderId();
        amount = event.amount();
    }

    @EventSourcingHandler
    void on(InvoiceVerified event) {
        verdict = event.verdict();
    }

    @EventSourcingHandler
    void on(InvoiceCancelled event) {
        cancelled = true;
    }

    @EventSourcingHandler
    void on(InvoiceEncumbered event) {
        encumbrance = event.encumbrance();
        encumberedOn = event.encumberedOn();
    }

    @EventSourcingHandler
    void on(InvoiceReleased event) {
        encumbrance = null;
        encumberedOn = null;
    }

    @EventSourcingHandler
    void on(InvoiceBackingReceivable event) {
        receivables.add(event.receivableId());
    }

    @EventSourcingHandler
    void on(InvoiceReceivableSettled event) {
        receivables.remove(event.receivableId());
    }
}
