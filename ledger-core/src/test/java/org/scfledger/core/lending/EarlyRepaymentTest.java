package org.scfledger.core.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scfledger.core.lending.InstallmentRows.assertRows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

/**
 * The early-repayment examples of docs/formulas.md: 12 000.00 CNY at 6 % on 30/360, 6 monthly periods from
 * 2024-01-10; installments 1 and 2 paid; 3 000.00 of principal repaid on 2024-03-25, 15 (30/360) days into
 * installment 3's period (2024-03-10 → 2024-04-10).
 */
class EarlyRepaymentTest {

    private static final LocalDate ON = LocalDate.of(2024, 3, 25);
    private static final Money PREPAID = cny("3000.00");

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static Schedule schedule(RepaymentMethod method) {
        return ScheduleCalculator.schedule(method, ScheduleTerms.monthly(cny("12000.00"), Rate.percent("6"),
                DayCount.THIRTY_360, LocalDate.of(2024, 1, 10), 6));
    }

    @Test
    void the_equal_installment_example_schedule() {
        // r = 0.005, A = 12 000 × 0.005 / (1 − 1.005^−6) = 2035.1454677… → 2035.15
        assertRows(schedule(RepaymentMethod.EQUAL_INSTALLMENT),
                "1 2024-02-10 1975.15 60.00 2035.15 12000.00 10024.85",
                "2 2024-03-10 1985.03 50.12 2035.15 10024.85 8039.82",
                "3 2024-04-10 1994.95 40.20 2035.15 8039.82 6044.87",
                "4 2024-05-10 2004.93 30.22 2035.15 6044.87 4039.94",
                "5 2024-06-10 2014.95 20.20 2035.15 4039.94 2024.99",
                "6 2024-07-10 2024.99 10.12 2035.11 2024.99 0.00");
    }

    @Test
    void equal_installment_shorten_term_keeps_the_payment_and_drops_installment_6() {
        EarlyRepaymentResult result = EarlyRepayment.apply(schedule(RepaymentMethod.EQUAL_INSTALLMENT), ON, PREPAID,
                EarlyRepaymentOption.SHORTEN_TERM);
        // Interest for the 15 days used: 8039.82 × 0.06 × 15 / 360 = 20.09955 → 20.10
        assertThat(result.interestForDaysUsed()).isEqualTo(cny("20.10"));
        assertThat(result.amountDueNow()).isEqualTo(cny("3020.10"));
        assertThat(result.remaining().principal()).isEqualTo(cny("5039.82"));
        assertThat(result.remaining().accrualStart()).isEqualTo(ON);
        assertRows(result.remaining(),
                "3 2024-04-10 2022.55 12.60 2035.15 5039.82 3017.27",
                "4 2024-05-10 2020.06 15.09 2035.15 3017.27 997.21",
                "5 2024-06-10 997.21 4.99 1002.20 997.21 0.00");
    }

    @Test
    void equal_installment_lower_installment_keeps_the_due_dates() {
        EarlyRepaymentResult result = EarlyRepayment.apply(schedule(RepaymentMethod.EQUAL_INSTALLMENT), ON, PREPAID,
                EarlyRepaymentOption.LOWER_INSTALLMENT);
        // A' = 5039.82 × 0.005 / (1 − 1.005^−4) → 1275.74
        assertThat(result.remaining().fixedPart()).isEqualTo(cny("1275.74"));
        assertRows(result.remaining(),
                "3 2024-04-10 1263.14 12.60 1275.74 5039.82 3776.68",
                "4 2024-05-10 1256.86 18.88 1275.74 3776.68 2519.82",
                "5 2024-06-10 1263.14 12.60 1275.74 2519.82 1256.68",
                "6 2024-07-10 1256.68 6.28 1262.96 1256.68 0.00");
    }

    @Test
    void equal_principal_shorten_term_keeps_the_principal_part() {
        EarlyRepaymentResult result = EarlyRepayment.apply(schedule(RepaymentMethod.EQUAL_PRINCIPAL), ON, PREPAID,
                EarlyRepaymentOption.SHORTEN_TERM);
        // Balance after two parts of 2000.00: 8000.00; 8000 × 0.06 × 15 / 360 = 20.00
        assertThat(result.interestForDaysUsed()).isEqualTo(cny("20.00"));
        assertRows(result.remaining(),
                "3 2024-04-10 2000.00 12.50 2012.50 5000.00 3000.00",
                "4 2024-05-10 2000.00 15.00 2015.00 3000.00 1000.00",
                "5 2024-06-10 1000.00 5.00 1005.00 1000.00 0.00");
    }

    @Test
    void equal_principal_lower_installment_spreads_the_rest_over_the_remaining_dates() {
        EarlyRepaymentResult result = EarlyRepayment.apply(schedule(RepaymentMethod.EQUAL_PRINCIPAL), ON, PREPAID,
                EarlyRepaymentOption.LOWER_INSTALLMENT);
        assertRows(result.remaining(),
                "3 2024-04-10 1250.00 12.50 1262.50 5000.00 3750.00",
                "4 2024-05-10 1250.00 18.75 1268.75 3750.00 2500.00",
                "5 2024-06-10 1250.00 12.50 1262.50 2500.00 1250.00",
                "6 2024-07-10 1250.00 6.25 1256.25 1250.00 0.00");
    }

    @Test
    void a_bullet_pays_interest_for_the_days_used_and_keeps_its_maturity() {
        Schedule bullet = ScheduleCalculator.schedule(RepaymentMethod.BULLET, ScheduleTerms.maturingOn(
                cny("10000.00"), Rate.percent("4.35"), DayCount.ACT_365, LocalDate.of(2024, 1, 15),
                LocalDate.of(2024, 7, 15)));
        EarlyRepaymentResult result = EarlyRepayment.apply(bullet, LocalDate.of(2024, 4, 15), cny("4000.00"),
                EarlyRepaymentOption.SHORTEN_TERM);
        // 10 000 × 0.0435 × 91 / 365 = 108.452… → 108.45; the rest: 6000 × 0.0435 × 91 / 365 = 65.071… → 65.07
        assertThat(result.interestForDaysUsed()).isEqualTo(cny("108.45"));
        assertRows(result.remaining(), "1 2024-07-15 6000.00 65.07 6065.07 6000.00 0.00");
    }

    @Test
    void a_discount_refunds_the_unearned_interest_on_the_prepaid_principal() {
        Schedule discount = WorkedExamplesTest.singleMaturity(RepaymentMethod.DISCOUNT, DayCount.ACT_360);
        EarlyRepaymentResult result = EarlyRepayment.apply(discount, LocalDate.of(2024, 4, 15), cny("4000.00"),
                EarlyRepaymentOption.LOWER_INSTALLMENT);
        // 4000 × 0.0435 × 91 / 360 = 43.98333… → 43.98 back; interest for the days used was paid up front.
        assertThat(result.interestForDaysUsed().isZero()).isTrue();
        assertThat(result.unearnedInterestRefund()).isEqualTo(cny("43.98"));
        assertThat(result.amountDueNow()).isEqualTo(cny("3956.02"));
        assertRows(result.remaining(), "1 2024-07-15 6000.00 0.00 6000.00 6000.00 0.00");
    }

    @Test
    void repaying_the_whole_balance_leaves_a_fully_repaid_schedule() {
        EarlyRepaymentResult result = EarlyRepayment.apply(schedule(RepaymentMethod.EQUAL_INSTALLMENT), ON,
                cny("8039.82"), EarlyRepaymentOption.SHORTEN_TERM);
        assertThat(result.remaining().isFullyRepaid()).isTrue();
        assertThat(result.amountDueNow()).isEqualTo(cny("8059.92"));
    }

    @Test
    void on_a_due_date_no_days_of_the_next_period_are_used() {
        EarlyRepaymentResult result = EarlyRepayment.apply(schedule(RepaymentMethod.EQUAL_PRINCIPAL),
                LocalDate.of(2024, 3, 10), PREPAID, EarlyRepaymentOption.SHORTEN_TERM);
        assertThat(result.interestForDaysUsed().isZero()).isTrue();
        assertThat(result.remaining().installments().get(0).number()).isEqualTo(3);
    }

    @Test
    void refuses_more_than_the_balance_and_dates_outside_the_schedule() {
        Schedule schedule = schedule(RepaymentMethod.EQUAL_PRINCIPAL);
        assertThatThrownBy(() -> EarlyRepayment.apply(schedule, ON, cny("8000.01"), EarlyRepaymentOption.SHORTEN_TERM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarlyRepayment.apply(schedule, LocalDate.of(2024, 7, 10), PREPAID,
                EarlyRepaymentOption.SHORTEN_TERM)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarlyRepayment.apply(schedule, LocalDate.of(2024, 1, 9), PREPAID,
                EarlyRepaymentOption.SHORTEN_TERM)).isInstanceOf(IllegalArgumentException.class);
    }
}
