/**
 * As-of replays: the read models' folds run in memory over the journal up to a position, a checkpoint or an instant,
 * reading only the aggregates the answer depends on.
 */
@NullMarked
package org.scfledger.projections.asof;

import org.jspecify.annotations.NullMarked;
