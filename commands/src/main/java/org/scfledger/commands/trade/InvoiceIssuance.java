package org.scfledger.commands.trade;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventSequenceAware;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.pledge.OrderLine;
import org.scfledger.commands.program.Program;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RecordOrderInvoiced;

/**
 * Issues an invoice and, when it is issued against an order, records it on that order in the same unit of work:
 * the journal gets both aggregates' events or neither (ADR 0003, point 2). An order that refuses (other parties,
 * another currency, more than it has left to invoice) refuses the invoice with it.
 */
public final class InvoiceIssuance {

    private final Repository<Invoice> invoices;
    private final Repository<PurchaseOrder> orders;
    private final DomainEventSequenceAware journal;
    private @Nullable Repository<Program> programs;

    /** {@code journal}: the event store, asked whether an invoice's stream exists (one indexed read, no replay). */
    public InvoiceIssuance(Repository<Invoice> invoices, Repository<PurchaseOrder> orders, DomainEventSequenceAware journal) {
        this.invoices = invoices;
        this.orders = orders;
        this.journal = journal;
    }

    /** As above; an order pledged to a line of a program in {@code programs} is counted anew on it in the same unit of work. */
    public InvoiceIssuance(Repository<Invoice> invoices, Repository<PurchaseOrder> orders, DomainEventSequenceAware journal,
            @Nullable Repository<Program> programs) {
        this(invoices, orders, journal);
        this.programs = programs;
    }

    @CommandHandler
    public InvoiceId issue(IssueInvoice command) throws Exception {
        InvoiceId invoiceId = command.invoiceId();
        refuseIfIssuedBefore(invoiceId);
        invoices.newInstance(() -> new Invoice(command));
        OrderId orderId = command.orderId();
        if (orderId != null) {
            Aggregate<PurchaseOrder> order = order(orderId);
            order.execute(o -> o.record(new RecordOrderInvoiced(orderId, invoiceId, command.issuer(),
                    command.buyer(), command.amount(), command.issueDate(), command.actingParty())));
            OrderLine.follow(programs, order, orderId, command.issueDate(), command.actingParty());
        }
        return invoiceId;
    }

    /**
     * Says so when the key is taken. Two issuances racing past this check are told apart by the journal, which
     * refuses the second creation of the aggregate; retried, that one is refused here.
     */
    private void refuseIfIssuedBefore(InvoiceId invoiceId) {
        if (journal.lastSequenceNumberFor(invoiceId.value()).isPresent()) {
            throw new RuleViolation("invoice-already-issued", "an invoice with this key was issued before (" + invoiceId
                    + "): an invoice key is registered once, ever");
        }
    }

    private Aggregate<PurchaseOrder> order(OrderId orderId) {
        try {
            return orders.load(orderId.value());
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation("order-not-found", "there is no order " + orderId + " to invoice");
        }
    }
}
