package org.scfledger.core.lending;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

/**
 * Equal installment (等额本息, annuity).
 *
 * <p>The fixed payment is {@code A = round(P·r / (1 − (1 + r)^−n))} with the nominal period rate
 * {@code r = annual rate × months per period / 12} (the monthly rate a Chinese contract quotes as 年利率/12),
 * whatever the day count. Each period's interest, however, accrues on the opening balance for the period's days on
 * the loan's day count, like every other method; the principal part is {@code A − interest}, and the last installment
 * repays the balance left. Under 30/360 with due dates on the same day of the month both agree and the last
 * installment differs from A by rounding only; under ACT/360 and ACT/365 the actual-day interest differs from r per
 * period (31-day months, February, the 365/360 ratio) and the last installment absorbs that difference too.
 *
 * <p>Should a period's actual-day interest exceed A (a high rate, a long tenor, a 31-day month on ACT/360), its
 * principal part is zero and that period's total is the interest alone: no part is ever negative.
 */
public final class EqualInstallmentSchedule implements ScheduleCalculator {

    static final EqualInstallmentSchedule INSTANCE = new EqualInstallmentSchedule();

    /**
     * Precision of the annuity factor: 40 significant digits, above decimal128's 34, so that the one rounding that
     * matters, the payment's to the minor unit, is not disturbed by {@code (1 + r)^−n}.
     */
    static final MathContext ANNUITY_PRECISION = new MathContext(40, RoundingMode.HALF_EVEN);

    private static final BigDecimal MONTHS_IN_YEAR = BigDecimal.valueOf(12);

    private EqualInstallmentSchedule() {
    }

    @Override
    public Schedule schedule(ScheduleTerms terms) {
        List<LocalDate> dueDates = terms.dueDates();
        Money principal = terms.principal();
        Money payment = fixedPayment(principal, terms.annualRate(), terms.tenor().monthsPerPeriod(), dueDates.size());
        List<Installment> installments = Amortisation.amortise(principal, terms.annualRate(), terms.dayCount(),
                terms.start(), dueDates, 1, (opening, interest) -> payment.minus(interest), false);
        return new Schedule(RepaymentMethod.EQUAL_INSTALLMENT, principal, terms.annualRate(), terms.dayCount(),
                terms.start(), terms.tenor().monthsPerPeriod(), payment, Money.zero(principal.currency()),
                installments);
    }

    /**
     * The fixed payment {@code round(P·r / (1 − (1 + r)^−n))}, r the nominal period rate; {@code P / n} at a zero
     * rate (the formula's limit). A single period to a fixed maturity ({@code monthsPerPeriod} 0) has no period
     * rate; its one installment is principal plus the interest for its days, so the payment is the principal.
     */
    public static Money fixedPayment(Money principal, Rate annualRate, int monthsPerPeriod, int periods) {
        if (periods < 1) {
            throw new IllegalArgumentException("An annuity has at least one period, not " + periods);
        }
        if (annualRate.isZero() || monthsPerPeriod == 0) {
            return EqualPrincipalSchedule.principalPart(principal, periods);
        }
        BigDecimal r = periodRate(annualRate, monthsPerPeriod);
        // (1 + r)^−n by exact-algorithm BigDecimal.pow at 40 digits; no floating point.
        BigDecimal discount = BigDecimal.ONE.add(r).pow(-periods, ANNUITY_PRECISION);
        BigDecimal payment = principal.amount().multiply(r)
                .divide(BigDecimal.ONE.subtract(discount), ANNUITY_PRECISION);
        return Money.exact(payment, principal.currency()).rounded();
    }

    /** {@code annual × monthsPerPeriod / 12} to 40 significant digits (exact when it terminates). */
    public static BigDecimal periodRate(Rate annualRate, int monthsPerPeriod) {
        return annualRate.annual().multiply(BigDecimal.valueOf(monthsPerPeriod))
                .divide(MONTHS_IN_YEAR, ANNUITY_PRECISION);
    }
}
