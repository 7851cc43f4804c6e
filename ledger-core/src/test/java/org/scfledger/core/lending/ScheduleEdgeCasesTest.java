package org.scfledger.core.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scfledger.core.lending.InstallmentRows.assertRows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

class ScheduleEdgeCasesTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 15);

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    @Test
    void a_zero_rate_annuity_is_principal_over_n() {
        Schedule schedule = ScheduleCalculator.schedule(RepaymentMethod.EQUAL_INSTALLMENT,
                ScheduleTerms.monthly(cny("100.00"), Rate.ZERO, DayCount.ACT_360, START, 3));
        assertRows(schedule,
                "1 2024-02-15 33.33 0.00 33.33 100.00 66.67",
                "2 2024-03-15 33.33 0.00 33.33 66.67 33.34",
                "3 2024-04-15 33.34 0.00 33.34 33.34 0.00");
    }

    @Test
    void a_tiny_principal_never_goes_negative_the_last_installment_takes_what_is_left() {
        // 0.07 / 12 = 0.00583 → 0.01 per period would overpay by period 8: parts stop at the balance.
        Schedule schedule = ScheduleCalculator.schedule(RepaymentMethod.EQUAL_PRINCIPAL,
                ScheduleTerms.monthly(cny("0.07"), Rate.percent("5"), DayCount.ACT_360, START, 12));
        assertThat(schedule.installments()).hasSize(12);
        assertThat(schedule.installments()).allSatisfy(i -> assertThat(i.principal().isNegative()).isFalse());
        assertThat(schedule.totalPrincipal()).isEqualTo(cny("0.07"));
        assertThat(schedule.installments().get(6).closingBalance().isZero()).isTrue();
    }

    @Test
    void actual_day_interest_above_the_annuity_payment_gives_a_zero_principal_part_not_a_negative_one() {
        // 36 % over 360 months: A = P × 0.03 / (1 − 1.03^−360) ≈ 1.0000718 × P × 0.03, while a 31-day ACT/360
        // month accrues P × 0.36 × 31 / 360 = 1.0333 × P × 0.03.
        Schedule schedule = ScheduleCalculator.schedule(RepaymentMethod.EQUAL_INSTALLMENT,
                ScheduleTerms.monthly(cny("100000.00"), Rate.percent("36"), DayCount.ACT_360, START, 360));
        Installment first = schedule.installments().get(0); // 2024-01-15 → 2024-02-15: 31 days
        assertThat(first.interest()).isEqualTo(cny("3100.00"));
        assertThat(first.principal().isZero()).isTrue();
        assertThat(first.total()).isEqualTo(cny("3100.00"));
        assertThat(schedule.totalPrincipal()).isEqualTo(cny("100000.00"));
    }

    @Test
    void other_minor_units_book_at_their_own_scale() {
        Schedule yen = ScheduleCalculator.schedule(RepaymentMethod.EQUAL_PRINCIPAL, ScheduleTerms.monthly(
                Money.of("1000000", "JPY"), Rate.percent("1.5"), DayCount.ACT_365, START, 3));
        // 1 000 000 / 3 = 333 333.33 → 333 333; interest 1 000 000 × 0.015 × 31 / 365 = 1273.97… → 1274
        assertThat(yen.installments().get(0).principal()).isEqualTo(Money.of("333333", "JPY"));
        assertThat(yen.installments().get(0).interest()).isEqualTo(Money.of("1274", "JPY"));
        assertThat(yen.installments().get(2).principal()).isEqualTo(Money.of("333334", "JPY"));
    }

    @Test
    void a_discount_cannot_take_the_whole_principal_and_terms_must_make_sense() {
        assertThatThrownBy(() -> ScheduleCalculator.schedule(RepaymentMethod.DISCOUNT, ScheduleTerms.maturingOn(
                cny("100.00"), Rate.percent("400"), DayCount.ACT_360, START, START.plusDays(90))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduleTerms.maturingOn(cny("100.00"), Rate.percent("4"), DayCount.ACT_360, START,
                START).dueDates()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduleTerms.monthly(cny("0.00"), Rate.percent("4"), DayCount.ACT_360, START, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tenor.monthly(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quarterly_periods_use_a_quarter_of_the_annual_rate_for_the_payment() {
        Schedule schedule = ScheduleCalculator.schedule(RepaymentMethod.EQUAL_INSTALLMENT, new ScheduleTerms(
                cny("10000.00"), Rate.percent("6"), DayCount.THIRTY_360, START, Tenor.periodic(4, 3)));
        // r = 0.015; A = 10 000 × 0.015 / (1 − 1.015^−4) = 2594.4479… → 2594.45
        assertThat(schedule.fixedPart()).isEqualTo(cny("2594.45"));
        assertThat(schedule.installments()).extracting(Installment::dueDate).containsExactly(
                LocalDate.of(2024, 4, 15), LocalDate.of(2024, 7, 15), LocalDate.of(2024, 10, 15),
                LocalDate.of(2025, 1, 15));
        assertThat(schedule.installments().get(0).interest()).isEqualTo(cny("150.00"));
    }
}
