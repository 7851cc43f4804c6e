package org.scfledger.api.audit;

import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.party.PartyId;

/**
 * An export job as it stands: whose it is, what it writes, how far it has come, and, once done, its file.
 *
 * @param scope        a slice's scope ("program P-2026", "funder bank-1"); null for the whole journal
 * @param records      read so far (a slice reads the journal twice: both passes count)
 * @param totalRecords how many it will have read when done
 * @param bytes        the finished file's size
 * @param error        why it failed
 */
public record ExportJob(String id, PartyId owner, String kind, @Nullable String scope, State state, long records, long totalRecords,
        long finalCheckpoint, @Nullable Long bytes, @Nullable String error, Instant requestedAt, @Nullable Instant finishedAt,
        @Nullable Path file) {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** How far it has come, in whole percent: 100 only once done. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        if (totalRecords <= 0) {
            return 0;
        }
        return (int) Math.min(99, records * 100 / totalRecords);
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
