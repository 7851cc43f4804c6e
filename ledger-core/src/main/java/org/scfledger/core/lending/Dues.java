package org.scfledger.core.lending;

import java.util.Currency;
import org.scfledger.core.money.Money;

/** What is owed now, by category, in the order a repayment settles them. All amounts booked and non-negative. */
public record Dues(Money fees, Money penaltyInterest, Money interest, Money principal) {

    public Dues {
        for (Money amount : new Money[] {fees, penaltyInterest, interest, principal}) {
            amount.requireBooked();
            if (amount.isNegative()) {
                throw new IllegalArgumentException("A due amount cannot be negative: " + amount);
            }
        }
        // Summing checks that all four share one currency.
        fees.plus(penaltyInterest).plus(interest).plus(principal);
    }

    public static Dues none(Currency currency) {
        Money zero = Money.zero(currency);
        return new Dues(zero, zero, zero, zero);
    }

    /** Dues without fees: the usual case for a scheduled installment. */
    public static Dues of(Money penaltyInterest, Money interest, Money principal) {
        return new Dues(Money.zero(principal.currency()), penaltyInterest, interest, principal);
    }

    public Money total() {
        return fees.plus(penaltyInterest).plus(interest).plus(principal);
    }
}
