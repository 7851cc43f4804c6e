package org.scfledger.commands.trade;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.pledge.OrderLine;
import org.scfledger.commands.program.Program;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.CancelOrder;

/**
 * Cancels a purchase order and, when it counts on a line, takes it off that line in the same unit of work
 * ({@code RemoveAssetFromLine}, {@code EXPIRED}): a cancelled order is no asset any more.
 */
public final class OrderCancellation {

    private final Repository<PurchaseOrder> orders;
    private final @Nullable Repository<Program> programs;

    /** {@code programs}: the lines a pledged order follows; without it, the order is cancelled alone. */
    public OrderCancellation(Repository<PurchaseOrder> orders, @Nullable Repository<Program> programs) {
        this.orders = orders;
        this.programs = programs;
    }

    @CommandHandler
    public void cancel(CancelOrder command) {
        Aggregate<PurchaseOrder> order;
        try {
            order = orders.load(command.orderId().value());
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation("order-not-found", "there is no order " + command.orderId());
        }
        order.execute(o -> o.cancel(command));
        OrderLine.follow(programs, order, command.orderId(), command.cancelledOn(), command.actingParty());
    }
}
