package org.scfledger.core.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How many days lie between two dates, and how many days make a year, for accruing interest.
 *
 * <p>Every convention here is a count of days over a fixed year length (360 or 365), so a year fraction is the
 * rational number {@code days / daysInYear}. That quotient usually has no finite decimal expansion (1/360), so
 * {@link #yearFraction} gives it to {@link #PRECISION} (34 significant digits) for display and composition, while
 * {@link #accrue} never divides before the end: {@code amount × rate × days / daysInYear} is computed exactly up to
 * that one division, which rounds straight to the booking scale, half-even. Accrued interest is therefore
 * correctly rounded, even in the half-way cases a 34-digit year fraction would tip the wrong way.
 */
public enum DayCount {

    /** Actual days elapsed over a 360-day year (the ledger's default). */
    ACT_360(360) {
        @Override
        public long days(LocalDate from, LocalDate to) {
            return ChronoUnit.DAYS.between(from, to);
        }
    },

    /** ACT/365 Fixed: actual days over a 365-day year, leap years included (a 366-day year accrues 366/365). */
    ACT_365(365) {
        @Override
        public long days(LocalDate from, LocalDate to) {
            return ChronoUnit.DAYS.between(from, to);
        }
    },

    /**
     * 30/360 US, the SIA convention with its end-of-month rules (Standard Securities Calculation Methods, 1996;
     * QuantLib {@code Thirty360::USA}, Strata {@code THIRTY_U_360_EOM}), the rules applied in this order to the
     * earlier date's day D1 and the later date's day D2:
     * <ol>
     *   <li>if D1 and D2 are both the last day of February, D2 becomes 30;</li>
     *   <li>if D1 is the last day of February, D1 becomes 30;</li>
     *   <li>if D2 is 31 and D1 is 30 or 31, D2 becomes 30;</li>
     *   <li>if D1 is 31, D1 becomes 30;</li>
     * </ol>
     * then {@code days = 360·(Y2 − Y1) + 30·(M2 − M1) + (D2 − D1)}. The February rules are always applied (not only
     * for "end-of-month instruments"): a period that starts on the last day of February counts from the 30th
     * (2023-02-28 → 2023-03-31 is 30 days, not 33), while a period that ends on it is short (2023-01-31 →
     * 2023-02-28 is 28 days). Bond Basis (ISDA 2006 §4.16(f)) is the same without rules 1 and 2.
     */
    THIRTY_360(360) {
        @Override
        public long days(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                return -days(to, from);
            }
            int d1 = from.getDayOfMonth();
            int d2 = to.getDayOfMonth();
            if (isLastDayOfFebruary(from) && isLastDayOfFebruary(to)) {
                d2 = 30;
            }
            if (isLastDayOfFebruary(from)) {
                d1 = 30;
            }
            if (d2 == 31 && d1 >= 30) {
                d2 = 30;
            }
            if (d1 == 31) {
                d1 = 30;
            }
            return 360L * (to.getYear() - from.getYear())
                    + 30L * (to.getMonthValue() - from.getMonthValue())
                    + (d2 - d1);
        }
    };

    /** Precision of intermediate, non-terminating quotients (year fractions, period rates): IEEE 754 decimal128. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    private final int daysInYear;

    DayCount(int daysInYear) {
        this.daysInYear = daysInYear;
    }

    /** Days counted from {@code from} (exclusive) to {@code to} (inclusive); negative if {@code to} is earlier. */
    public abstract long days(LocalDate from, LocalDate to);

    /** The year length the day count divides by: 360 or 365. */
    public int daysInYear() {
        return daysInYear;
    }

    /** {@code days(from, to) / daysInYear}, to 34 significant digits (exact whenever the quotient terminates). */
    public BigDecimal yearFraction(LocalDate from, LocalDate to) {
        return BigDecimal.valueOf(days(from, to)).divide(BigDecimal.valueOf(daysInYear), PRECISION);
    }

    /**
     * Simple interest on {@code amount} at {@code rate} from {@code from} to {@code to}, booked: rounded once,
     * half-even, to the currency's minor unit. Zero when {@code to} is not after {@code from}.
     */
    public Money accrue(Money amount, Rate rate, LocalDate from, LocalDate to) {
        return accrue(amount, rate, from, to, Money.minorUnitDigits(amount.currency()));
    }

    /**
     * The same interest unrounded, to {@link #PRECISION} beyond the currency's scale, for callers that add several
     * accruals and book the sum once (penalty interest over changing balances).
     */
    public Money accrueExact(Money amount, Rate rate, LocalDate from, LocalDate to) {
        // The booking scale plus 34 guard digits, so that a sum of many accruals still books correctly.
        return accrue(amount, rate, from, to, Money.minorUnitDigits(amount.currency()) + PRECISION.getPrecision());
    }

    private Money accrue(Money amount, Rate rate, LocalDate from, LocalDate to, int scale) {
        long days = days(from, to);
        if (days <= 0) {
            return Money.zero(amount.currency());
        }
        // Multiplication is exact; the single division is the only rounding.
        BigDecimal numerator = amount.amount().multiply(rate.annual()).multiply(BigDecimal.valueOf(days));
        return Money.exact(numerator.divide(BigDecimal.valueOf(daysInYear), scale, RoundingMode.HALF_EVEN),
                amount.currency());
    }

    private static boolean isLastDayOfFebruary(LocalDate date) {
        return date.getMonthValue() == 2 && date.getDayOfMonth() == date.lengthOfMonth();
    }
}
