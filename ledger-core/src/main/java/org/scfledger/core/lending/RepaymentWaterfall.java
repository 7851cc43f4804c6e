package org.scfledger.core.lending;

import org.scfledger.core.money.Money;

/**
 * Allocates a repayment to what is due in the order of DOMAIN.md: fees (where there are fees), then penalty
 * interest, then interest, then principal; the rest is excess. Each category takes {@code min(remaining, due)}.
 */
public final class RepaymentWaterfall {

    private RepaymentWaterfall() {
    }

    public static Allocation allocate(Money amount, Dues dues) {
        amount.requireBooked();
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A repayment cannot be negative: " + amount);
        }
        Money remaining = amount;
        Money toFees = Money.min(remaining, dues.fees());
        remaining = remaining.minus(toFees);
        Money toPenalty = Money.min(remaining, dues.penaltyInterest());
        remaining = remaining.minus(toPenalty);
        Money toInterest = Money.min(remaining, dues.interest());
        remaining = remaining.minus(toInterest);
        Money toPrincipal = Money.min(remaining, dues.principal());
        remaining = remaining.minus(toPrincipal);
        return new Allocation(toFees, toPenalty, toInterest, toPrincipal, remaining);
    }
}
