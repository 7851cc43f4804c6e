package org.scfledger.core.journal.export;

import java.time.Instant;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.RecordEncoding;

/**
 * A record as a reader meets it in an export or a slice, after its hash (and, in an export, its link) verified: the
 * position and hash at once, the rest parsed only on demand, so that a reader looking for one aggregate decodes
 * nothing else. It points into the reader's buffer and is valid only during the call it is handed to.
 */
public final class ExportedRecord {

    private final byte[] bytes;
    private final int start;
    private final int end;
    private final long position;
    private final byte[] hash;

    ExportedRecord(byte[] bytes, int start, int end, long position, byte[] hash) {
        this.bytes = bytes;
        this.start = start;
        this.end = end;
        this.position = position;
        this.hash = hash;
    }

    public long position() {
        return position;
    }

    /** The record's hash, as verified. */
    public byte[] hash() {
        return hash.clone();
    }

    /** True when the record belongs to the aggregate whose {@link RecordEncoding#aggregatePrefix} this is. */
    public boolean startsWith(byte[] aggregatePrefix) {
        return ExportFormat.startsWith(bytes, start, end, aggregatePrefix);
    }

    /** When the event occurred, read without parsing the payload. */
    public Instant occurredAt() {
        return RecordEncoding.occurredAt(bytes, start, end);
    }

    /** The whole record, parsed. */
    public JournalRecord decode() {
        return RecordEncoding.decode(bytes, start, end, hash.clone());
    }
}
