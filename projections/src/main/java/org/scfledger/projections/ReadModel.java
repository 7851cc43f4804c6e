package org.scfledger.projections;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A read model's logic as one pure fold: which entities an event changes, and what the event makes of each. The live
 * read models apply it as events arrive and persist the states; an as-of replay applies the very same fold in memory
 * to the journal up to a position, so both show the same figures by construction.
 *
 * @param <S> the immutable state of one entity (a program, a member's line, a financing, a receivable)
 */
public interface ReadModel<S> {

    /** A short stable name: the read model's table and the label of its progress. */
    String name();

    Class<S> stateType();

    /** The keys of the entities {@code event} changes, in a fixed order; empty when this read model ignores it. */
    List<String> keysOf(Object event);

    /** The state of the entity {@code key} after {@code event}; {@code state} is null when the event creates it. */
    S apply(@Nullable S state, Object event);
}
