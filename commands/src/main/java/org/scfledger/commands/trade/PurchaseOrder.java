package org.scfledger.commands.trade;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.rules.NotPermitted;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.CancelOrder;
import org.scfledger.core.trade.EncumberOrder;
import org.scfledger.core.trade.OrderEvent.OrderEncumbered;
import org.scfledger.core.trade.OrderEvent.OrderReleased;
import org.scfledger.core.trade.ReleaseOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderEvent.OrderAccepted;
import org.scfledger.core.trade.OrderEvent.OrderCancelled;
import org.scfledger.core.trade.OrderEvent.OrderFullyInvoiced;
import org.scfledger.core.trade.OrderEvent.OrderInvoiceCancelled;
import org.scfledger.core.trade.OrderEvent.OrderInvoiced;
import org.scfledger.core.trade.OrderEvent.OrderRegistered;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RecordOrderInvoiceCancelled;
import org.scfledger.core.trade.RecordOrderInvoiced;
import org.scfledger.core.trade.RegisterOrder;

/**
 * A purchase order between a buyer and a seller. Once the seller accepts it, the part not yet invoiced is an asset
 * (DOMAIN.md: "purchase order accepted by the core enterprise, order amount not yet invoiced") until the order is
 * cancelled or fully invoiced. Invoices are recorded against it, each once, never beyond the order amount.
 */
public class PurchaseOrder {

    @AggregateIdentifier
    private OrderId orderId;
    private PartyId buyer;
    private PartyId seller;
    private Money amount;
    private Money invoiced;
    private LocalDate orderDate;
    private boolean accepted;
    private boolean cancelled;
    private @Nullable Encumbrance encumbrance;
    private @Nullable LocalDate encumberedOn;
    /** The invoices that count now, with their amounts. */
    private final Map<InvoiceId, Money> invoices = new HashMap<>();
    /** Every invoice ever recorded, cancelled ones included: an invoice counts once. */
    private final Set<InvoiceId> everRecorded = new HashSet<>();

    protected PurchaseOrder() {
        // rebuilt from its events
    }

    @CommandHandler
    public PurchaseOrder(RegisterOrder command) {
        NotPermitted.unless(command.actingParty().equals(command.buyer()), command.actingParty(),
                "only the buyer " + command.buyer() + " registers its order");
        apply(new OrderRegistered(command.orderId(), command.buyer(), command.seller(), command.amount(), command.orderDate(),
                command.description()));
    }

    @CommandHandler
    void accept(AcceptOrder command) {
        NotPermitted.unless(command.actingParty().equals(seller), command.actingParty(), "only the seller " + seller + " accepts the order");
        refuseIfCancelled();
        if (accepted) {
            throw new RuleViolation("order-already-accepted", "order " + orderId + " is already accepted");
        }
        DocumentDates.notBefore(command.acceptedOn(), orderDate, "the order is accepted", "it was placed");
        apply(new OrderAccepted(orderId, command.actingParty(), command.acceptedOn()));
    }

    /** Sent through {@link OrderCancellation}, which keeps a line the order counts on in step. */
    void cancel(CancelOrder command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(buyer) || (!accepted && acting.equals(seller)), acting,
                accepted ? "once accepted, only the buyer " + buyer + " cancels the order"
                        : "only the buyer " + buyer + " or the seller " + seller + " cancels the order");
        refuseIfCancelled();
        if (isFullyInvoiced()) {
            throw new RuleViolation("order-fully-invoiced", "order " + orderId + " is fully invoiced: nothing is left to cancel");
        }
        DocumentDates.notBefore(command.cancelledOn(), orderDate, "the order is cancelled", "it was placed");
        apply(new OrderCancelled(orderId, acting, command.reason(), remaining(), command.cancelledOn()));
    }

    @CommandHandler
    void record(RecordOrderInvoiced command) {
        NotPermitted.unless(command.actingParty().equals(seller), command.actingParty(), "only the seller " + seller + " invoices the order");
        if (!command.seller().equals(seller) || !command.buyer().equals(buyer)) {
            throw new RuleViolation("order-parties-mismatch", "an invoice from " + command.seller() + " to " + command.buyer()
                    + " cannot be recorded on order " + orderId + " from " + seller + " to " + buyer);
        }
        refuseIfCancelled();
        if (!accepted) {
            throw new RuleViolation("order-not-accepted", "order " + orderId + " is not accepted by the seller yet: it cannot be invoiced");
        }
        if (everRecorded.contains(command.invoiceId())) {
            throw new RuleViolation("invoice-already-recorded", "invoice " + command.invoiceId() + " is already recorded on order " + orderId);
        }
        if (!command.amount().currency().equals(amount.currency())) {
            throw new RuleViolation("order-currency-mismatch", "an invoice in " + command.amount().currency()
                    + " cannot be recorded on order " + orderId + " in " + amount.currency());
        }
        if (isFullyInvoiced()) {
            throw new RuleViolation("order-fully-invoiced", "order " + orderId + " is fully invoiced");
        }
        if (command.amount().isGreaterThan(remaining())) {
            throw new RuleViolation("order-over-invoiced", "an invoice of " + command.amount() + " exceeds the " + remaining()
                    + " not yet invoiced of order " + orderId);
        }
        DocumentDates.notBefore(command.invoicedOn(), orderDate, "the order is invoiced", "it was placed");
        Money invoicedSoFar = invoiced.plus(command.amount());
        Money stillOpen = amount.minus(invoicedSoFar);
        apply(new OrderInvoiced(orderId, command.invoiceId(), command.amount(), invoicedSoFar, stillOpen, command.invoicedOn()));
        if (stillOpen.isZero()) {
            apply(new OrderFullyInvoiced(orderId, invoicedSoFar, command.invoicedOn()));
        }
    }

    @CommandHandler
    void record(RecordOrderInvoiceCancelled command) {
        NotPermitted.unless(command.actingParty().equals(seller), command.actingParty(),
                "only the seller " + seller + " records its invoices on the order");
        Money cancelledAmount = invoices.get(command.invoiceId());
        if (cancelledAmount == null) {
            throw new RuleViolation("invoice-not-recorded", "invoice " + command.invoiceId() + " does not count on order " + orderId);
        }
        DocumentDates.notBefore(command.cancelledOn(), orderDate, "an invoice of the order is cancelled", "the order was placed");
        Money invoicedSoFar = invoiced.minus(cancelledAmount);
        apply(new OrderInvoiceCancelled(orderId, command.invoiceId(), cancelledAmount, invoicedSoFar, amount.minus(invoicedSoFar),
                command.cancelledOn()));
    }

    /** The seller pledges its accepted order, or the operator does so; never twice at a time. */
    @CommandHandler
    void encumber(EncumberOrder command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(seller) || acting.equals(PartyId.OPERATOR), acting,
                "only the seller " + seller + " or the operator encumbers the order");
        refuseIfCancelled();
        if (!accepted) {
            throw new RuleViolation("order-not-accepted", "order " + orderId + " is not accepted by the seller yet: it is no asset");
        }
        if (isFullyInvoiced()) {
            throw new RuleViolation("order-fully-invoiced", "order " + orderId + " is fully invoiced: nothing is left to count");
        }
        if (encumbrance != null) {
            throw new RuleViolation("order-already-encumbered", "order " + orderId + " already backs " + encumbrance.kind() + " "
                    + encumbrance.reference() + " held by " + encumbrance.holder());
        }
        DocumentDates.notBefore(command.encumberedOn(), orderDate, "the order is encumbered", "it was placed");
        apply(new OrderEncumbered(orderId, command.encumbrance(), remaining(), acting, command.encumberedOn()));
    }

    /** Encumbers the order for a line ({@code PledgeAssetToLine}) and returns what it counts: the amount not yet invoiced. */
    public Money encumberForLine(EncumberOrder command) {
        encumber(command);
        return remaining();
    }

    /**
     * The holder of the encumbrance (the funder) or the operator frees the order. Sent through {@code pledge.AssetReleases},
     * which takes a line-backed order off its line in the same unit of work.
     */
    public void release(ReleaseOrder command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(command.encumbrance().holder()) || acting.equals(PartyId.OPERATOR), acting,
                "only the holder of the encumbrance or the operator releases the order");
        if (encumbrance == null || encumberedOn == null) {
            throw new RuleViolation("order-not-encumbered", "order " + orderId + " backs nothing");
        }
        if (!encumbrance.equals(command.encumbrance())) {
            throw new RuleViolation("encumbrance-mismatch", "order " + orderId + " backs " + encumbrance.reference() + ", not "
                    + command.encumbrance().reference());
        }
        DocumentDates.notBefore(command.releasedOn(), encumberedOn, "the order is released", "it was encumbered");
        apply(new OrderReleased(orderId, command.encumbrance(), acting, command.releasedOn()));
    }

    /** What the order backs now, if anything. */
    public @Nullable Encumbrance encumbrance() {
        return encumbrance;
    }

    /** The order amount not yet invoiced (what it counts on a line while live). */
    public Money notYetInvoiced() {
        return remaining();
    }

    // ------------------------------------------------------------------ read by other flows (three-way match), in the same unit of work

    /** The party that placed the order. */
    public PartyId buyer() {
        return buyer;
    }

    /** The party the order was placed with. */
    public PartyId seller() {
        return seller;
    }

    /** The order's amount, tax included. */
    public Money amount() {
        return amount;
    }

    /** Whether the seller accepted the order. */
    public boolean isAccepted() {
        return accepted;
    }

    /** Whether the order was cancelled. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether {@code invoiceId} counts on this order now (recorded, not cancelled). */
    public boolean counts(InvoiceId invoiceId) {
        return invoices.containsKey(invoiceId);
    }

    private void refuseIfCancelled() {
        if (cancelled) {
            throw new RuleViolation("order-cancelled", "order " + orderId + " is cancelled");
        }
    }

    private boolean isFullyInvoiced() {
        return remaining().isZero();
    }

    private Money remaining() {
        return amount.minus(invoiced);
    }

    @EventSourcingHandler
    void on(OrderRegistered event) {
        orderId = event.orderId();
        buyer = event.buyer();
        seller = event.seller();
        amount = event.amount();
        invoiced = Money.zero(event.amount().currency());
        orderDate = event.orderDate();
    }

    @EventSourcingHandler
    void on(OrderAccepted event) {
        accepted = true;
    }

    @EventSourcingHandler
    void on(OrderCancelled event) {
        cancelled = true;
    }

    @EventSourcingHandler
    void on(OrderInvoiced event) {
        invoices.put(event.invoiceId(), event.amount());
        everRecorded.add(event.invoiceId());
        invoiced = event.invoicedSoFar();
    }

    @EventSourcingHandler
    void on(OrderInvoiceCancelled event) {
        invoices.remove(event.invoiceId());
        invoiced = event.invoicedSoFar();
    }

    @EventSourcingHandler
    void on(OrderEncumbered event) {
        encumbrance = event.encumbrance();
        encumberedOn = event.encumberedOn();
    }

    @EventSourcingHandler
    void on(OrderReleased event) {
        encumbrance = null;
        encumberedOn = null;
    }
}
