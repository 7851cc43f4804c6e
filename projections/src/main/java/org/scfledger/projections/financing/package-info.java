/**
 * The financing book: every financing from request to repayment, its schedule, what was paid by component, and its
 * repayment position as of any date, computed by {@code org.scfledger.core.lending}.
 */
@NullMarked
package org.scfledger.projections.financing;

import org.jspecify.annotations.NullMarked;
