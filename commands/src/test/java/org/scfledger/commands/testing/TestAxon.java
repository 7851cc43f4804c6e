package org.scfledger.commands.testing;

import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.scfledger.commands.WriteSide;
import org.scfledger.core.serialization.LedgerJson;

/** Axon as an application instance configures it (the whole write side, the ledger's JSON), on a given storage. */
public final class TestAxon {

    private TestAxon() {
    }

    public static Configurer configurer(EventStorageEngine engine) {
        return WriteSide.register(DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> LedgerJson.serializer())
                .configureMessageSerializer(c -> LedgerJson.serializer())
                .configureEventSerializer(c -> LedgerJson.serializer())
                .configureEmbeddedEventStore(c -> engine));
    }
}
