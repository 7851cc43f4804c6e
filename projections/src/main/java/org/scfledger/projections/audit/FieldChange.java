package org.scfledger.projections.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One figure of a view that an event changed: its name, as the view's record calls it, and the values either side. */
public record FieldChange(String field, @Nullable Object before, @Nullable Object after) {

    /** What identifies a view rather than describes it: never reported as a change. */
    private static final Set<String> IDENTITY = Set.of("programId", "member", "financingId");

    /** The components of {@code after} that differ from {@code before}'s (all that are set, when there was none). */
    static <V extends Record> List<FieldChange> between(@Nullable V before, V after) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (IDENTITY.contains(component.getName())) {
                continue;
            }
            Object was = before == null ? null : value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChange(component.getName(), was, now));
            }
        }
        return changes;
    }

    private static @Nullable Object value(RecordComponent component, Record view) {
        try {
            return component.getAccessor().invoke(view);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a public record's accessor is callable: " + component, e);
        }
    }
}
