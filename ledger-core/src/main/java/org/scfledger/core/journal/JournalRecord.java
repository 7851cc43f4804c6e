package org.scfledger.core.journal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event as the journal keeps it. {@code payload} and {@code metadata} are RFC 8785 canonical JSON;
 * the aggregate fields are all null for an event that belongs to no aggregate. {@code hash} is the hash of
 * {@link RecordEncoding#encode(JournalRecord) the record's canonical encoding}, which includes {@code prevHash}.
 */
public record JournalRecord(
        long position,
        String eventId,
        @Nullable String aggregateType,
        @Nullable String aggregateId,
        @Nullable Long aggregateSequence,
        String eventType,
        @Nullable String eventRevision,
        Instant occurredAt,
        byte[] payload,
        byte[] metadata,
        byte[] prevHash,
        byte[] hash) {

    /** The journal keeps time to the microsecond, as PostgreSQL does. */
    public static Instant journalTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public JournalRecord {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        if ((aggregateId == null) != (aggregateSequence == null)) {
            throw new IllegalArgumentException("aggregate id and sequence go together");
        }
        if (!occurredAt.equals(journalTime(occurredAt))) {
            throw new IllegalArgumentException("occurredAt must be whole microseconds: " + occurredAt);
        }
    }

    public boolean belongsToAggregate() {
        return aggregateId != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JournalRecord that
                && position == that.position
                && eventId.equals(that.eventId)
                && Objects.equals(aggregateType, that.aggregateType)
                && Objects.equals(aggregateId, that.aggregateId)
                && Objects.equals(aggregateSequence, that.aggregateSequence)
                && eventType.equals(that.eventType)
                && Objects.equals(eventRevision, that.eventRevision)
                && occurredAt.equals(that.occurredAt)
                && Arrays.equals(payload, that.payload)
                && Arrays.equals(metadata, that.metadata)
                && Arrays.equals(prevHash, that.prevHash)
                && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(position) * 31 + eventId.hashCode();
    }

    @Override
    public String toString() {
        return "JournalRecord[position=" + position + ", eventType=" + eventType + ", aggregateId=" + aggregateId
                + ", aggregateSequence=" + aggregateSequence + "]";
    }
}
