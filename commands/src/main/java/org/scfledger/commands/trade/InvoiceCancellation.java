package org.scfledger.commands.trade;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
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

    public InvoiceCancellation(Repository<Invoice> invoices, Repository<PurchaseOrder> orders) {
        this.invoices = invoices;
        this.orders = orders;
    }

    @CommandHandler
    public void cancel(CancelInvoice command) {
        OrderId orderId = invoices.load(command.invoiceId().value()).invoke(invoice -> invoice.cancel(command));
        if (orderId != null) {
            orders.load(orderId.value()).execute(order -> order.record(new RecordOrderInvoiceCancelled(orderId,
                    command.invoiceId(), command.cancelledOn(), command.actingParty())));
        }
    }
}
