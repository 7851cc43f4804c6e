package org.scfledger.core.bench;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's share alone: serializes each event's payload and metadata as a storage engine must, then forgets them.
 * Its throughput is what any storage engine could at most reach through the same command path on this machine.
 */
final class DiscardingStorageEngine extends AbstractEventStorageEngine {

    DiscardingStorageEngine(Serializer serializer) {
        super(new AbstractEventStorageEngine.Builder() {
        }.eventSerializer(serializer).snapshotSerializer(serializer));
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        for (EventMessage<?> event : events) {
            event.serializePayload(serializer, byte[].class);
            event.serializeMetaData(serializer, byte[].class);
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String identifier, long firstSequenceNumber) {
        return Stream.empty();
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return Stream.empty();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return Optional.empty();
    }
}
