package org.scfledger.core.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfledger.core.lending.InstallmentRows.assertRows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

/**
 * The worked examples of docs/formulas.md, every installment to the cent. The expected numbers were computed by
 * hand-checkable arithmetic (shown in the doc) with exact fractions, not with this code.
 *
 * <p>All examples: 10 000.00 CNY at 4.35 % a year, starting 2024-01-15. Amortising examples run 3 monthly periods
 * (due 2024-02-15, 2024-03-15, 2024-04-15: 31, 29 and 31 actual days, 30 days each on 30/360); bullet and discount
 * mature on 2024-07-15 (182 actual days, 180 on 30/360).
 */
class WorkedExamplesTest {

    static final Money PRINCIPAL = Money.of("10000.00", "CNY");
    static final Rate RATE = Rate.percent("4.35");
    static final LocalDate START = LocalDate.of(2024, 1, 15);
    static final LocalDate MATURITY = LocalDate.of(2024, 7, 15);

    static Schedule amortising(RepaymentMethod method, DayCount dayCount) {
        return ScheduleCalculator.schedule(method, ScheduleTerms.monthly(PRINCIPAL, RATE, dayCount, START, 3));
    }

    static Schedule singleMaturity(RepaymentMethod method, DayCount dayCount) {
        return ScheduleCalculator.schedule(method, ScheduleTerms.maturingOn(PRINCIPAL, RATE, dayCount, START, MATURITY));
    }

    // ---- equal principal ----

    @Test
    void equal_principal_act_360() {
        Schedule schedule = amortising(RepaymentMethod.EQUAL_PRINCIPAL, DayCount.ACT_360);
        assertThat(schedule.fixedPart()).isEqualTo(Money.of("3333.33", "CNY"));
        assertRows(schedule,
                "1 2024-02-15 3333.33 37.46 3370.79 10000.00 6666.67",
                "2 2024-03-15 3333.33 23.36 3356.69 6666.67 3333.34",
                "3 2024-04-15 3333.34 12.49 3345.83 3333.34 0.00");
    }

    @Test
    void equal_principal_act_365() {
        assertRows(amortising(RepaymentMethod.EQUAL_PRINCIPAL, DayCount.ACT_365),
                "1 2024-02-15 3333.33 36.95 3370.28 10000.00 6666.67",
                "2 2024-03-15 3333.33 23.04 3356.37 6666.67 3333.34",
                "3 2024-04-15 3333.34 12.32 3345.66 3333.34 0.00");
    }

    @Test
    void equal_principal_thirty_360() {
        assertRows(amortising(RepaymentMethod.EQUAL_PRINCIPAL, DayCount.THIRTY_360),
                "1 2024-02-15 3333.33 36.25 3369.58 10000.00 6666.67",
                "2 2024-03-15 3333.33 24.17 3357.50 6666.67 3333.34",
                "3 2024-04-15 3333.34 12.08 3345.42 3333.34 0.00");
    }

    // ---- equal installment ----

    @Test
    void equal_installment_the_fixed_payment_uses_the_nominal_monthly_rate_whatever_the_day_count() {
        // r = 0.0435 / 12 = 0.003625; A = 10 000 × r / (1 − 1.003625^−3) = 3357.52914852… → 3357.53
        for (DayCount dayCount : DayCount.values()) {
            assertThat(amortising(RepaymentMethod.EQUAL_INSTALLMENT, dayCount).fixedPart())
                    .isEqualTo(Money.of("3357.53", "CNY"));
        }
        assertThat(EqualInstallmentSchedule.periodRate(RATE, 1)).isEqualByComparingTo("0.003625");
    }

    @Test
    void equal_installment_act_360_the_last_installment_absorbs_the_actual_day_difference() {
        assertRows(amortising(RepaymentMethod.EQUAL_INSTALLMENT, DayCount.ACT_360),
                "1 2024-02-15 3320.07 37.46 3357.53 10000.00 6679.93",
                "2 2024-03-15 3334.12 23.41 3357.53 6679.93 3345.81",
                "3 2024-04-15 3345.81 12.53 3358.34 3345.81 0.00");
    }

    @Test
    void equal_installment_act_365() {
        assertRows(amortising(RepaymentMethod.EQUAL_INSTALLMENT, DayCount.ACT_365),
                "1 2024-02-15 3320.58 36.95 3357.53 10000.00 6679.42",
                "2 2024-03-15 3334.44 23.09 3357.53 6679.42 3344.98",
                "3 2024-04-15 3344.98 12.36 3357.34 3344.98 0.00");
    }

    @Test
    void equal_installment_thirty_360_every_installment_is_the_fixed_payment() {
        assertRows(amortising(RepaymentMethod.EQUAL_INSTALLMENT, DayCount.THIRTY_360),
                "1 2024-02-15 3321.28 36.25 3357.53 10000.00 6678.72",
                "2 2024-03-15 3333.32 24.21 3357.53 6678.72 3345.40",
                "3 2024-04-15 3345.40 12.13 3357.53 3345.40 0.00");
    }

    // ---- bullet ----

    @Test
    void bullet_act_360() {
        // 10 000 × 0.0435 × 182 / 360 = 219.91666… → 219.92
        assertRows(singleMaturity(RepaymentMethod.BULLET, DayCount.ACT_360),
                "1 2024-07-15 10000.00 219.92 10219.92 10000.00 0.00");
    }

    @Test
    void bullet_act_365() {
        // 10 000 × 0.0435 × 182 / 365 = 216.90410… → 216.90
        assertRows(singleMaturity(RepaymentMethod.BULLET, DayCount.ACT_365),
                "1 2024-07-15 10000.00 216.90 10216.90 10000.00 0.00");
    }

    @Test
    void bullet_thirty_360() {
        // 10 000 × 0.0435 × 180 / 360 = 217.50
        assertRows(singleMaturity(RepaymentMethod.BULLET, DayCount.THIRTY_360),
                "1 2024-07-15 10000.00 217.50 10217.50 10000.00 0.00");
    }

    @Test
    void bullet_a_periodic_tenor_matures_on_its_last_due_date() {
        Schedule schedule = ScheduleCalculator.schedule(RepaymentMethod.BULLET,
                ScheduleTerms.monthly(PRINCIPAL, RATE, DayCount.ACT_360, START, 6));
        assertRows(schedule, "1 2024-07-15 10000.00 219.92 10219.92 10000.00 0.00");
    }

    // ---- discount ----

    @Test
    void discount_act_360() {
        Schedule schedule = singleMaturity(RepaymentMethod.DISCOUNT, DayCount.ACT_360);
        assertThat(schedule.upfrontInterest()).isEqualTo(Money.of("219.92", "CNY"));
        assertThat(schedule.disbursedAmount()).isEqualTo(Money.of("9780.08", "CNY"));
        assertThat(schedule.totalInterest()).isEqualTo(Money.of("219.92", "CNY"));
        assertRows(schedule, "1 2024-07-15 10000.00 0.00 10000.00 10000.00 0.00");
    }

    @Test
    void discount_act_365() {
        Schedule schedule = singleMaturity(RepaymentMethod.DISCOUNT, DayCount.ACT_365);
        assertThat(schedule.upfrontInterest()).isEqualTo(Money.of("216.90", "CNY"));
        assertThat(schedule.disbursedAmount()).isEqualTo(Money.of("9783.10", "CNY"));
        assertRows(schedule, "1 2024-07-15 10000.00 0.00 10000.00 10000.00 0.00");
    }

    @Test
    void discount_thirty_360() {
        Schedule schedule = singleMaturity(RepaymentMethod.DISCOUNT, DayCount.THIRTY_360);
        assertThat(schedule.upfrontInterest()).isEqualTo(Money.of("217.50", "CNY"));
        assertThat(schedule.disbursedAmount()).isEqualTo(Money.of("9782.50", "CNY"));
        assertRows(schedule, "1 2024-07-15 10000.00 0.00 10000.00 10000.00 0.00");
    }
}
