package org.scfledger.core.lending;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.scfledger.core.money.Money;

/**
 * Equal principal (等额本金): each period repays {@code round(P / n)} of principal, plus interest on the opening
 * balance for the period's days; the last period repays whatever balance is left, so the parts sum exactly to P.
 */
public final class EqualPrincipalSchedule implements ScheduleCalculator {

    static final EqualPrincipalSchedule INSTANCE = new EqualPrincipalSchedule();

    private EqualPrincipalSchedule() {
    }

    @Override
    public Schedule schedule(ScheduleTerms terms) {
        List<LocalDate> dueDates = terms.dueDates();
        Money principal = terms.principal();
        Money part = principalPart(principal, dueDates.size());
        List<Installment> installments = Amortisation.amortise(principal, terms.annualRate(), terms.dayCount(),
                terms.start(), dueDates, 1, (opening, interest) -> part, false);
        return new Schedule(RepaymentMethod.EQUAL_PRINCIPAL, principal, terms.annualRate(), terms.dayCount(),
                terms.start(), terms.tenor().monthsPerPeriod(), part, Money.zero(principal.currency()),
                installments);
    }

    /** {@code balance / periods}, booked half-even: the principal part of every period but the last. */
    static Money principalPart(Money balance, int periods) {
        int scale = Money.minorUnitDigits(balance.currency());
        return Money.exact(balance.amount().divide(BigDecimal.valueOf(periods), scale, RoundingMode.HALF_EVEN),
                balance.currency());
    }
}
