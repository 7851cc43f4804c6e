package org.scfledger.core.lending;

import java.time.LocalDate;
import java.util.List;
import org.scfledger.core.money.Money;

/**
 * Discount: the interest for the whole tenor, {@code round(P × annual rate × days(start, maturity) / days in year)},
 * is deducted from the amount paid out; the single installment at maturity repays the principal and carries no
 * interest. Disbursed amount = principal − that interest.
 */
public final class DiscountSchedule implements ScheduleCalculator {

    static final DiscountSchedule INSTANCE = new DiscountSchedule();

    private DiscountSchedule() {
    }

    @Override
    public Schedule schedule(ScheduleTerms terms) {
        LocalDate maturity = terms.maturity();
        Money principal = terms.principal();
        Money upfront = terms.dayCount().accrue(principal, terms.annualRate(), terms.start(), maturity);
        if (!upfront.isLessThan(principal)) {
            throw new IllegalArgumentException("Discount interest " + upfront + " would leave nothing to pay out of "
                    + principal);
        }
        Money zero = Money.zero(principal.currency());
        return new Schedule(RepaymentMethod.DISCOUNT, principal, terms.annualRate(), terms.dayCount(), terms.start(),
                terms.tenor().monthsPerPeriod(), principal, upfront,
                List.of(Installment.of(1, maturity, principal, principal, zero)));
    }
}
