/**
 * The receivable book: every receivable and every part split from it, who holds it and held it, its confirmation and
 * three-way match, its encumbrance and financing, and what was paid for it.
 */
@NullMarked
package org.scfledger.projections.receivable;

import org.jspecify.annotations.NullMarked;
