/**
 * The N+1+N credit lines: each program's limit and utilisation, and each member's line with every asset's
 * contribution, folded from the {@code Program} aggregate's events and computed by {@code org.scfledger.core.credit}.
 */
@NullMarked
package org.scfledger.projections.creditline;

import org.jspecify.annotations.NullMarked;
