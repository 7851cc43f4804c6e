package org.scfledger.core.lending;

import java.time.LocalDate;
import org.scfledger.core.money.Money;

/** Money received from the borrower on a date, to be allocated by the waterfall. */
public record Repayment(LocalDate date, Money amount) {

    public Repayment {
        amount.requireBooked();
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A repayment is a positive amount, not " + amount);
        }
    }
}
