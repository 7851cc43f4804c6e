package org.scfledger.core.lending;

import org.scfledger.core.money.Money;

/**
 * Where a repayment went. Conserves the amount: {@code toFees + toPenaltyInterest + toInterest + toPrincipal +
 * excess = amount}.
 *
 * @param excess what was left after every due was settled: for the caller to return, hold, or apply as an early
 *               repayment of principal if the borrower asks for one (never applied silently)
 */
public record Allocation(Money toFees, Money toPenaltyInterest, Money toInterest, Money toPrincipal, Money excess) {

    /** The part of the repayment that settled dues. */
    public Money applied() {
        return toFees.plus(toPenaltyInterest).plus(toInterest).plus(toPrincipal);
    }

    /** The whole repayment. */
    public Money total() {
        return applied().plus(excess);
    }
}
