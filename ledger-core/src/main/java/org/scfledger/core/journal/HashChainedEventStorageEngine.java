package org.scfledger.core.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jspecify.annotations.Nullable;
import org.scfledger.crypto.CanonicalJson;

/**
 * Axon's event storage on the {@link Journal}: aggregates, tracking and pooled streaming processors and
 * replays work unchanged, while every event lands in the hash chain. Payload and metadata are serialized by
 * Axon's serializer (Jackson) and stored as RFC 8785 canonical JSON, which is what the chain hashes.
 */
public final class HashChainedEventStorageEngine extends AbstractEventStorageEngine {

    private final Journal journal;
    private final SnapshotStore snapshots;

    private HashChainedEventStorageEngine(Builder builder) {
        super(builder);
        this.journal = builder.journal;
        this.snapshots = new SnapshotStore(journal);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Journal journal() {
        return journal;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        var unit = new ArrayList<PendingEvent>(events.size());
        for (EventMessage<?> event : events) {
            unit.add(pending(event, serializer));
        }
        journal.append(unit);
    }

    static PendingEvent pending(EventMessage<?> event, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metadata = event.serializeMetaData(serializer, byte[].class);
        String aggregateType = null;
        String aggregateId = null;
        Long sequence = null;
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            aggregateType = domainEvent.getType();
            aggregateId = domainEvent.getAggregateIdentifier();
            sequence = domainEvent.getSequenceNumber();
        }
        return new PendingEvent(event.getIdentifier(), aggregateType, aggregateId, sequence,
                payload.getType().getName(), payload.getType().getRevision(), JournalRecord.journalTime(event.getTimestamp()),
                CanonicalJson.canonicalizeExact(payload.getData()), CanonicalJson.canonicalizeExact(metadata.getData()));
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateId, long firstSequenceNumber) {
        int batch = journal.settings().readBatchSize();
        return batches(firstSequenceNumber, batch, from -> journal.aggregateRecords(aggregateId, from, batch),
                record -> record.aggregateSequence() + 1)
                .map(record -> (DomainEventData<?>) StoredEvent.of(record));
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(@Nullable TrackingToken token, boolean mayBlock) {
        int batch = journal.settings().readBatchSize();
        return batches(JournalPosition.after(token), batch, from -> journal.records(from, Long.MAX_VALUE, batch),
                record -> record.position() + 1)
                .map(record -> (TrackedEventData<?>) StoredEvent.of(record));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        return snapshots.read(aggregateId).stream();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateId) {
        var last = journal.lastSequence(aggregateId);
        return last.isPresent() ? Optional.of(last.getAsLong()) : Optional.empty();
    }

    @Override
    public TrackingToken createTailToken() {
        return JournalPosition.TAIL;
    }

    @Override
    public TrackingToken createHeadToken() {
        return new JournalPosition(journal.head().size() - 1);
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return new JournalPosition(journal.sizeBefore(dateTime) - 1);
    }

    /** Reads lazily, one bounded query at a time, until a query returns less than a full batch. */
    private static Stream<JournalRecord> batches(long start, int batchSize, LongFunction<List<JournalRecord>> query,
            java.util.function.ToLongFunction<JournalRecord> nextStart) {
        Iterator<JournalRecord> iterator = new Iterator<>() {
            private Iterator<JournalRecord> current = List.<JournalRecord>of().iterator();
            private long from = start;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (current.hasNext()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                List<JournalRecord> batch = query.apply(from);
                exhausted = batch.size() < batchSize;
                if (!batch.isEmpty()) {
                    from = nextStart.applyAsLong(batch.get(batch.size() - 1));
                }
                current = batch.iterator();
                return current.hasNext();
            }

            @Override
            public JournalRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Builds the engine; the journal is required, the serializers default to Jackson (never XStream). */
    public static final class Builder extends AbstractEventStorageEngine.Builder {

        private @Nullable Journal journal;
        private boolean eventSerializerSet;
        private boolean snapshotSerializerSet;

        public Builder journal(Journal journal) {
            this.journal = journal;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer serializer) {
            super.eventSerializer(serializer);
            eventSerializerSet = true;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer serializer) {
            super.snapshotSerializer(serializer);
            snapshotSerializerSet = true;
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        protected void validate() {
            if (!eventSerializerSet) {
                eventSerializer(JacksonSerializer.defaultSerializer());
            }
            if (!snapshotSerializerSet) {
                snapshotSerializer(JacksonSerializer.defaultSerializer());
            }
            super.validate();
            if (journal == null) {
                throw new org.axonframework.common.AxonConfigurationException("the journal is required");
            }
        }

        public HashChainedEventStorageEngine build() {
            return new HashChainedEventStorageEngine(this);
        }
    }
}
