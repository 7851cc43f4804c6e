package org.scfledger.projections.live;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A column of a read-model table that queries filter or sort on, derived from the entity's state. */
public record Column<S>(String name, Function<S, @Nullable Object> value) {
}
