package org.scfledger.commands.trade;

import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.scfledger.core.serialization.LedgerJson;

/** Axon configured for the trade documents as an application instance does: aggregates, services, the ledger's JSON. */
final class TradeAxon {

    private TradeAxon() {
    }

    static Configurer configurer(EventStorageEngine engine) {
        return DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> LedgerJson.serializer())
                .configureMessageSerializer(c -> LedgerJson.serializer())
                .configureEventSerializer(c -> LedgerJson.serializer())
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(PurchaseOrder.class)
                .configureAggregate(Invoice.class)
                .registerCommandHandler(c -> new InvoiceIssuance(c.repository(Invoice.class), c.repository(PurchaseOrder.class), c.eventStore()))
                .registerCommandHandler(c -> new InvoiceCancellation(c.repository(Invoice.class), c.repository(PurchaseOrder.class)));
    }
}
