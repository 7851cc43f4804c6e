package org.scfledger.projections.audit;

import java.time.Instant;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.crypto.Hex;

/**
 * One event that formed what a replay shows, located so that an auditor can prove it ({@code ledger prove --event
 * position}): its position, its record's hash, and the event itself.
 *
 * @param role how it bears on the subject
 */
public record Evidence(long position, Role role, String aggregateId, long aggregateSequence, String eventType,
        String eventId, Instant occurredAt, String recordHash, Object event) {

    /** How an event bears on what is replayed. */
    public enum Role {
        /** an event of the member's own line */
        MEMBER,
        /** a program-wide event: terms, limits, expiry */
        PROGRAM,
        /** another member's use of the program, which moves what the program has left */
        OTHER_MEMBER,
        /** an event of the financing */
        FINANCING
    }

    static Evidence of(JournalRecord record, Object event, Role role) {
        String type = event.getClass().getSimpleName();
        return new Evidence(record.position(), role, String.valueOf(record.aggregateId()),
                record.aggregateSequence() == null ? -1 : record.aggregateSequence(), type, record.eventId(),
                record.occurredAt(), Hex.encode(record.hash()), event);
    }
}
