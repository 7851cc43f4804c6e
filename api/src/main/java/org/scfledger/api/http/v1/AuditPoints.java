package org.scfledger.api.http.v1;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.Journal;
import org.scfledger.projections.asof.AsOf;
import org.springframework.stereotype.Component;

/**
 * Where in the journal an audit looks, and how far the journal must be exported for it: to the checkpoint asked for,
 * or to the first checkpoint that signs every record the point covers (signing one if none does yet). Exporting no
 * further keeps an audit of an old point cheap.
 */
@Component
class AuditPoints {

    private final Journal journal;
    private final Checkpoints checkpoints;

    AuditPoints(Journal journal, Checkpoints checkpoints) {
        this.journal = journal;
        this.checkpoints = checkpoints;
    }

    /** At most one of the three; none is the latest checkpoint. */
    AuditPoint of(@Nullable Long checkpoint, @Nullable Long position, @Nullable Instant at) {
        var asOf = AsOfParameters.of(checkpoint, position, at);
        if (asOf.isEmpty()) {
            Checkpoint latest = checkpoints.latest().or(checkpoints::takeIfGrown)
                    .orElseThrow(() -> new IllegalStateException("no checkpoint could be signed"));
            return new AuditPoint(new AsOf.Checkpoint(latest.number()), latest.number());
        }
        AsOf point = asOf.get();
        if (point instanceof AsOf.Checkpoint wanted) {
            return new AuditPoint(point, signed(wanted.number(), "checkpoint").number());
        }
        if (point instanceof AsOf.Position p) {
            long size = journal.head().size();
            if (p.position() >= size) {
                throw ApiProblem.badRequest("invalid-value", "position " + p.position() + " is beyond the journal, which "
                        + (size == 0 ? "is empty" : "ends at position " + (size - 1)), "position");
            }
            return new AuditPoint(point, covering(p.position() + 1).number());
        }
        // the records that count are those before the first one that occurred after the instant (to the microsecond)
        Instant instant = ((AsOf.At) point).instant();
        long counted = journal.sizeBefore(instant.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS));
        return new AuditPoint(point, covering(counted).number());
    }

    /** The checkpoint numbered {@code number}; a number not yet signed is the request's fault, in {@code field}. */
    Checkpoint signed(long number, String field) {
        return checkpoints.byNumber(number).orElseThrow(() -> ApiProblem.badRequest("invalid-value", "checkpoint " + number
                + " has not been signed" + checkpoints.latest().map(latest -> "; the latest is " + latest.number()).orElse(""),
                field));
    }

    /** The first checkpoint whose tree holds the first {@code size} records; signed now if none does yet. */
    private Checkpoint covering(long size) {
        return checkpoints.firstCovering(size - 1)
                .or(checkpoints::takeIfGrown)
                .or(() -> checkpoints.firstCovering(size - 1)) // another signed it a moment ago
                .orElseThrow(() -> new IllegalStateException("no checkpoint covers the first " + size + " records"));
    }

    /** The point of an audit, and the checkpoint its export ends at. */
    record AuditPoint(AsOf asOf, long exportTo) {
    }
}
