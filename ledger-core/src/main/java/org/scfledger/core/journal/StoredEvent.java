package org.scfledger.core.journal;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

/** A journal record as Axon reads it: serialized payload and metadata, upcast and deserialized by Axon. */
class StoredEvent implements TrackedEventData<byte[]> {

    final JournalRecord record;

    StoredEvent(JournalRecord record) {
        this.record = record;
    }

    static EventData<byte[]> of(JournalRecord record) {
        return record.belongsToAggregate() ? new OfAggregate(record) : new StoredEvent(record);
    }

    @Override
    public TrackingToken trackingToken() {
        return new JournalPosition(record.position());
    }

    @Override
    public String getEventIdentifier() {
        return record.eventId();
    }

    @Override
    public Instant getTimestamp() {
        return record.occurredAt();
    }

    @Override
    public SerializedObject<byte[]> getMetaData() {
        return new SimpleSerializedObject<>(record.metadata(), byte[].class, "org.axonframework.messaging.MetaData", null);
    }

    @Override
    public SerializedObject<byte[]> getPayload() {
        return new SimpleSerializedObject<>(record.payload(), byte[].class, record.eventType(), record.eventRevision());
    }

    /** An event of an aggregate: Axon rebuilds the aggregate from these. */
    static final class OfAggregate extends StoredEvent implements DomainEventData<byte[]> {

        OfAggregate(JournalRecord record) {
            super(record);
        }

        @Override
        public String getType() {
            return record.aggregateType();
        }

        @Override
        public String getAggregateIdentifier() {
            return record.aggregateId();
        }

        @Override
        public long getSequenceNumber() {
            return record.aggregateSequence();
        }
    }
}
