/**
 * Money, rates and day counts: the exact arithmetic every other calculation stands on.
 *
 * <p>No floating point anywhere. A {@link org.scfledger.core.money.Money} may carry an exact, unrounded
 * intermediate amount; it becomes a booked amount only through {@link org.scfledger.core.money.Money#rounded()}
 * (half-even to the currency's minor unit) or through the strict parsers, which refuse more decimals than the
 * currency has. See {@code docs/formulas.md}.
 */
@NullMarked
package org.scfledger.core.money;

import org.jspecify.annotations.NullMarked;
