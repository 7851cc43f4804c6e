package org.scfledger.core.journal;

import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.jspecify.annotations.Nullable;

/**
 * A tracking token for a gap-free journal: {@code index} is the position of the last event seen ({@code -1}: none yet).
 * No gap bookkeeping is needed, because a position is only ever visible once all before it are.
 */
public record JournalPosition(long index) implements TrackingToken {

    public static final JournalPosition TAIL = new JournalPosition(-1);

    public JournalPosition {
        if (index < -1) {
            throw new IllegalArgumentException("a journal position is -1 or more: " + index);
        }
    }

    static long after(@Nullable TrackingToken token) {
        if (token == null) {
            return 0;
        }
        if (token instanceof JournalPosition journalPosition) {
            return journalPosition.index + 1;
        }
        throw new IllegalArgumentException("not a journal position: " + token);
    }

    @Override
    public TrackingToken lowerBound(TrackingToken other) {
        return ((JournalPosition) other).index < index ? other : this;
    }

    @Override
    public TrackingToken upperBound(TrackingToken other) {
        return ((JournalPosition) other).index > index ? other : this;
    }

    @Override
    public boolean covers(@Nullable TrackingToken other) {
        return other == null || ((JournalPosition) other).index <= index;
    }

    @Override
    public OptionalLong position() {
        return OptionalLong.of(index);
    }
}
