package org.scfledger.api.http.v1;

import org.jspecify.annotations.Nullable;
import org.scfledger.projections.query.PageRequest;

/** Keyset pages: {@code limit} items (1 to 500, default 100) after the {@code after} cursor of the previous page. */
final class Pages {

    static final String DEFAULT_LIMIT = "100";

    private Pages() {
    }

    static PageRequest of(@Nullable String after, int limit) {
        return new PageRequest(after, limit);
    }
}
