/**
 * The live read models in PostgreSQL: a tracking processor applies each read model's fold to the events as they are
 * committed and keeps every entity's state (and the columns queries filter on) in one row, with the position of the
 * last event applied to it, so that a redelivered event changes nothing.
 */
@NullMarked
package org.scfledger.projections.live;

import org.jspecify.annotations.NullMarked;
