package org.scfledger.projections.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a list, and the cursor of the next ({@code null} on the last page). */
public record Page<T>(List<T> items, @Nullable String next) {

    public Page {
        items = List.copyOf(items);
    }
}
