package org.scfledger.api.http.v1;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.projections.asof.AsOf;

/** A read "as it stood": at a signed checkpoint, after a journal position, or at an instant; at most one of them. */
final class AsOfParameters {

    private AsOfParameters() {
    }

    static Optional<AsOf> of(@Nullable Long checkpoint, @Nullable Long position, @Nullable Instant at) {
        int given = (checkpoint == null ? 0 : 1) + (position == null ? 0 : 1) + (at == null ? 0 : 1);
        if (given > 1) {
            throw ApiProblem.badRequest("invalid-value", "give at most one of checkpoint, position and at", "checkpoint");
        }
        if (checkpoint != null) {
            return Optional.of(new AsOf.Checkpoint(checkpoint));
        }
        if (position != null) {
            if (position < 0) {
                throw ApiProblem.badRequest("invalid-value", "position must not be negative", "position");
            }
            return Optional.of(new AsOf.Position(position));
        }
        return Optional.ofNullable(at).map(AsOf.At::new);
    }
}
