package org.scfledger.core.journal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An event serialized and canonicalized by its caller, waiting for a position and a place in the chain. */
record PendingEvent(
        String eventId,
        @Nullable String aggregateType,
        @Nullable String aggregateId,
        @Nullable Long aggregateSequence,
        String eventType,
        @Nullable String eventRevision,
        Instant occurredAt,
        byte[] payload,
        byte[] metadata) {

    JournalRecord chained(long position, byte[] prevHash, byte[] hash) {
        return new JournalRecord(position, eventId, aggregateType, aggregateId, aggregateSequence, eventType,
                eventRevision, occurredAt, payload, metadata, prevHash, hash);
    }

    byte[] encode(long position, byte[] prevHash) {
        return RecordEncoding.encode(position, eventId, aggregateType, aggregateId, aggregateSequence, eventType,
                eventRevision, occurredAt, payload, metadata, prevHash);
    }
}
