package org.scfledger.projections.asof;

import java.time.Instant;

/** A point of the journal's history: after a position, at a signed checkpoint, at an instant, or now. */
public sealed interface AsOf {

    /** The journal up to and including the event at {@code position}. */
    record Position(long position) implements AsOf {
        public Position {
            if (position < 0) {
                throw new IllegalArgumentException("position must not be negative, got " + position);
            }
        }
    }

    /** The journal as the checkpoint numbered {@code number} signed it (its tree size). */
    record Checkpoint(long number) implements AsOf {
    }

    /** Every event that occurred at or before {@code instant}. */
    record At(Instant instant) implements AsOf {
    }

    /** The whole journal now. */
    record Head() implements AsOf {
    }

    static AsOf position(long position) {
        return new Position(position);
    }

    static AsOf checkpoint(long number) {
        return new Checkpoint(number);
    }

    static AsOf instant(Instant instant) {
        return new At(instant);
    }

    static AsOf head() {
        return new Head();
    }
}
