package org.scfledger.core.lending;

import java.time.LocalDate;
import java.util.List;
import org.scfledger.core.money.Money;

/**
 * Bullet: one installment at maturity, the whole principal plus interest accrued daily from the start:
 * {@code interest = round(P × annual rate × days(start, maturity) / days in year)}. With a periodic tenor the
 * maturity is the last due date.
 */
public final class BulletSchedule implements ScheduleCalculator {

    static final BulletSchedule INSTANCE = new BulletSchedule();

    private BulletSchedule() {
    }

    @Override
    public Schedule schedule(ScheduleTerms terms) {
        LocalDate maturity = terms.maturity();
        Money principal = terms.principal();
        Money interest = terms.dayCount().accrue(principal, terms.annualRate(), terms.start(), maturity);
        return new Schedule(RepaymentMethod.BULLET, principal, terms.annualRate(), terms.dayCount(), terms.start(),
                terms.tenor().monthsPerPeriod(), principal, Money.zero(principal.currency()),
                List.of(Installment.of(1, maturity, principal, principal, interest)));
    }
}
