package org.scfledger.core.journal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.scfledger.crypto.Hasher;

/**
 * An event serialized, canonicalized and encoded up to its position by its caller, waiting for a position and a
 * place in the chain.
 */
record PendingEvent(
        String eventId,
        @Nullable String aggregateType,
        @Nullable String aggregateId,
        @Nullable Long aggregateSequence,
        String eventType,
        @Nullable String eventRevision,
        Instant occurredAt,
        byte[] payload,
        byte[] metadata,
        byte[] encodedPrefix) {

    PendingEvent(String eventId, @Nullable String aggregateType, @Nullable String aggregateId, @Nullable Long aggregateSequence,
            String eventType, @Nullable String eventRevision, Instant occurredAt, byte[] payload, byte[] metadata) {
        this(eventId, aggregateType, aggregateId, aggregateSequence, eventType, eventRevision, occurredAt, payload, metadata,
                RecordEncoding.prefix(eventId, aggregateType, aggregateId, aggregateSequence, eventType, eventRevision,
                        occurredAt, payload, metadata));
    }

    JournalRecord chained(long position, byte[] prevHash, byte[] hash) {
        return new JournalRecord(position, eventId, aggregateType, aggregateId, aggregateSequence, eventType,
                eventRevision, occurredAt, payload, metadata, prevHash, hash);
    }

    /** The record's hash once it has a position: the prefix was encoded by the caller, only the suffix is new. */
    byte[] hash(Hasher hasher, long position, byte[] prevHash) {
        return hasher.update(encodedPrefix).update(RecordEncoding.suffix(position, prevHash)).digest();
    }
}
