package org.scfledger.commands.trade;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.pledge.OrderLine;
import org.scfledger.commands.program.Program;
import org.scfledger.core.trade.CancelInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RecordOrderInvoiceCancelled;

/**
 * Cancels an invoice and, when it was issued against an order, opens its amount on that order again, in the same
 * unit of work: an order's amount not yet invoiced (its value as an asset) never counts a cancelled invoice.
 */
public final class InvoiceCancellation {

    private final Repository<Invoice> invoices;
    private final Repository<PurchaseOrder> orders;
    private @Nullable Repository<Program> programs;

    public InvoiceCancellation(Repository<Invoice> invoices, Repository<PurchaseOrder> orders) {
        this.invoices = invoices;
        this.orders = orders;
    }

    /** As above; an order pledged to a line of a program in {@code programs} is counted anew on it in the same unit of work. */
    public InvoiceCancellation(Repository<Invoice> invoices, Repository<PurchaseOrder> orders, @Nullable Repository<Program> programs) {
        this(invoices, orders);
        this.programs = programs;
    }

    @CommandHandler
    public void cancel(CancelInvoice command) {
        OrderId orderId = invoices.load(command.invoiceId().value()).invoke(invoice -> invoice.cancel(command));
        if (orderId != null) {
            Aggregate<PurchaseOrder> order = orders.load(orderId.value());
            order.execute(o -> o.record(new RecordOrderInvoiceCancelled(orderId,
                    command.invoiceId(), command.cancelledOn(), command.actingParty())));
            OrderLine.follow(programs, order, orderId, command.cancelledOn(), command.actingParty());
        }
    }
}
