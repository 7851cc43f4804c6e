/**
 * The read side's queries: paginated (keyset, ordered by the entity's key, so pages are stable while events arrive)
 * and filterable, answered from the live read models by the same view functions the as-of replays use.
 */
@NullMarked
package org.scfledger.projections.query;

import org.jspecify.annotations.NullMarked;
