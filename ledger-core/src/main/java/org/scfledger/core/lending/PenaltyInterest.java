package org.scfledger.core.lending;

import java.time.LocalDate;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

/**
 * Penalty interest on principal past its due date: from the day after the due date up to and including
 * {@code asOf}, at the penalty rate, on the day count:
 * {@code round(overdue principal × multiplier × contract rate × days(dueDate, asOf) / days in year)}.
 * Nothing accrues on or before the due date itself: a repayment on the due date is on time.
 */
public final class PenaltyInterest {

    private PenaltyInterest() {
    }

    public static Money accrued(
            Money overduePrincipal, LocalDate dueDate, LocalDate asOf, Rate contractRate, DayCount dayCount,
            PenaltyPolicy policy) {
        return dayCount.accrue(overduePrincipal, policy.penaltyRate(contractRate), dueDate, asOf);
    }

    /** The same, unrounded, for summing over periods in which the overdue principal changed. */
    static Money accruedExact(
            Money overduePrincipal, LocalDate from, LocalDate to, Rate contractRate, DayCount dayCount,
            PenaltyPolicy policy) {
        return dayCount.accrueExact(overduePrincipal, policy.penaltyRate(contractRate), from, to);
    }
}
