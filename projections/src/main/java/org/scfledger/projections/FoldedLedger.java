package org.scfledger.projections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Read models folded in memory: the states of every entity after the events applied so far, in order. What an as-of
 * replay builds, by the same {@link ReadModel#apply} the live read models run.
 */
public final class FoldedLedger {

    private final Map<ReadModel<?>, Map<String, Object>> states = new LinkedHashMap<>();
    private long nextPosition;

    public FoldedLedger(List<ReadModel<?>> models) {
        models.forEach(model -> states.put(model, new LinkedHashMap<>()));
    }

    public static FoldedLedger ofAll() {
        return new FoldedLedger(ReadModels.ALL);
    }

    /** Applies the event at {@code position}; positions must increase. */
    public void apply(long position, Object event) {
        if (position < nextPosition) {
            throw new IllegalArgumentException("Event at " + position + " applied after " + (nextPosition - 1));
        }
        states.forEach((model, entities) -> applyTo(model, entities, event));
        nextPosition = position + 1;
    }

    @SuppressWarnings("unchecked")
    private static <S> void applyTo(ReadModel<S> model, Map<String, Object> entities, Object event) {
        for (String key : model.keysOf(event)) {
            entities.put(key, model.apply((S) entities.get(key), event));
        }
    }

    @SuppressWarnings("unchecked")
    public <S> @Nullable S get(ReadModel<S> model, String key) {
        return (S) states.get(model).get(key);
    }

    /** Every entity of {@code model}, in the order they were created. */
    @SuppressWarnings("unchecked")
    public <S> Map<String, S> all(ReadModel<S> model) {
        return (Map<String, S>) (Map<String, ?>) java.util.Collections.unmodifiableMap(states.get(model));
    }

    /** The position after the last event applied: how much of the journal this fold has seen. */
    public long size() {
        return nextPosition;
    }
}
