package org.scfledger.commands;

import org.axonframework.config.Configurer;
import org.scfledger.commands.party.Party;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.trade.Invoice;
import org.scfledger.commands.trade.InvoiceCancellation;
import org.scfledger.commands.trade.InvoiceIssuance;
import org.scfledger.commands.trade.PurchaseOrder;

/** The write side in one list: every aggregate and every command handler that spans several aggregates. */
public final class WriteSide {

    private WriteSide() {
    }

    public static Configurer register(Configurer configurer) {
        return configurer
                .configureAggregate(Party.class)
                .configureAggregate(Program.class)
                .configureAggregate(PurchaseOrder.class)
                .configureAggregate(Invoice.class)
                .registerCommandHandler(c -> new InvoiceIssuance(c.repository(Invoice.class), c.repository(PurchaseOrder.class), c.eventStore()))
                .registerCommandHandler(c -> new InvoiceCancellation(c.repository(Invoice.class), c.repository(PurchaseOrder.class)));
    }
}
