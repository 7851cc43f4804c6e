package org.scfledger.projections.query;

import org.jspecify.annotations.Nullable;

/**
 * A page of a list: at most {@code limit} items whose keys come after {@code after} (null: from the start), in key
 * order. Keyset paging stays stable while events arrive, unlike offsets.
 */
public record PageRequest(@Nullable String after, int limit) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }
}
