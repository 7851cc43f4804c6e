/**
 * Repayment schedules and repayment positions: the lending arithmetic that the write side fixes at disbursement
 * and the read side shows and replays as of any date.
 *
 * <p>Pure and deterministic: every date is a parameter, every amount a {@link org.scfledger.core.money.Money},
 * no floating point. Interest accrues daily on the loan's {@link org.scfledger.core.money.DayCount}; amounts are
 * rounded half-even to the minor unit once per period, and the last installment absorbs the rounding. See
 * {@code docs/formulas.md} for the formulas and worked examples.
 */
@NullMarked
package org.scfledger.core.lending;

import org.jspecify.annotations.NullMarked;
