package org.scfledger.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayCountTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void actual_conventions_count_calendar_days_including_the_leap_day() {
        assertThat(DayCount.ACT_360.days(d("2024-01-15"), d("2024-07-15"))).isEqualTo(182);
        assertThat(DayCount.ACT_365.days(d("2024-02-15"), d("2024-03-15"))).isEqualTo(29);
        assertThat(DayCount.ACT_365.days(d("2023-02-15"), d("2023-03-15"))).isEqualTo(28);
    }

    @Test
    void act_365_fixed_divides_a_leap_year_by_365_not_366() {
        assertThat(DayCount.ACT_365.yearFraction(d("2024-01-01"), d("2025-01-01")))
                .isEqualByComparingTo(new java.math.BigDecimal("366").divide(new java.math.BigDecimal("365"),
                        DayCount.PRECISION));
        assertThat(DayCount.ACT_365.yearFraction(d("2023-01-01"), d("2024-01-01"))).isEqualByComparingTo("1");
        // 10 000.00 × 3.65 % over the leap year 2024: 366 days → 366.00, one day more than a common year.
        Money principal = Money.of("10000.00", "CNY");
        assertThat(DayCount.ACT_365.accrue(principal, Rate.percent("3.65"), d("2024-01-01"), d("2025-01-01")))
                .isEqualTo(Money.of("366.00", "CNY"));
        assertThat(DayCount.ACT_365.accrue(principal, Rate.percent("3.65"), d("2023-01-01"), d("2024-01-01")))
                .isEqualTo(Money.of("365.00", "CNY"));
    }

    @Test
    void a_year_fraction_is_exact_where_it_terminates_and_34_digits_where_it_does_not() {
        assertThat(DayCount.THIRTY_360.yearFraction(d("2024-01-15"), d("2024-07-15"))).isEqualByComparingTo("0.5");
        assertThat(DayCount.ACT_360.yearFraction(d("2024-01-01"), d("2024-01-02")).precision()).isEqualTo(34);
    }

    @ParameterizedTest(name = "30/360 US {0} → {1} = {2}")
    @CsvSource({
        // ordinary months are 30 days
        "2024-01-15, 2024-02-15, 30",
        "2024-01-15, 2024-07-15, 180",
        // D1 = 31 becomes 30
        "2024-01-31, 2024-03-15, 45",
        // D2 = 31 becomes 30 only when D1 is 30 or 31
        "2024-03-30, 2024-03-31, 0",
        "2024-03-31, 2024-04-30, 30",
        "2024-03-31, 2024-05-31, 60",
        "2024-03-15, 2024-03-31, 16",
        // the end of February starts like the 30th (rule 2) …
        "2023-02-28, 2023-03-31, 30",
        "2024-02-29, 2024-03-31, 30",
        "2023-02-28, 2023-03-28, 28",
        // … and when both dates are the end of February, the later becomes 30 too (rule 1)
        "2023-02-28, 2024-02-29, 360",
        "2024-02-29, 2025-02-28, 360",
        // a period ending on the end of February is short: there is no rule for D2 alone
        "2024-01-31, 2024-02-29, 29",
        "2023-01-31, 2023-02-28, 28",
        // 28 February in a leap year is not the end of February
        "2024-02-28, 2024-03-31, 33",
        // reversed dates count negative
        "2024-02-15, 2024-01-15, -30",
    })
    void thirty_360_us_applies_the_sia_end_of_month_rules(String from, String to, long days) {
        assertThat(DayCount.THIRTY_360.days(d(from), d(to))).isEqualTo(days);
    }

    @Test
    void accrued_interest_is_correctly_rounded_half_even_once() {
        Money hundred = Money.of("100.00", "CNY");
        // 100 × 4.5 % × 10 / 360 = 0.125 exactly: half-even gives 0.12 (half-up would give 0.13).
        assertThat(DayCount.ACT_360.accrue(hundred, Rate.percent("4.5"), d("2024-01-01"), d("2024-01-11")))
                .isEqualTo(Money.of("0.12", "CNY"));
        // 100 × 4.86 % × 10 / 360 = 0.135 exactly: half-even gives 0.14.
        assertThat(DayCount.ACT_360.accrue(hundred, Rate.percent("4.86"), d("2024-01-01"), d("2024-01-11")))
                .isEqualTo(Money.of("0.14", "CNY"));
        // 10 000 × 4.35 % × 182 / 360 = 219.91666…: 219.92.
        assertThat(DayCount.ACT_360.accrue(Money.of("10000.00", "CNY"), Rate.percent("4.35"), d("2024-01-15"),
                d("2024-07-15"))).isEqualTo(Money.of("219.92", "CNY"));
    }

    @Test
    void nothing_accrues_over_an_empty_or_reversed_period() {
        Money principal = Money.of("1000.00", "CNY");
        assertThat(DayCount.ACT_360.accrue(principal, Rate.percent("5"), d("2024-01-01"), d("2024-01-01")).isZero())
                .isTrue();
        assertThat(DayCount.ACT_360.accrue(principal, Rate.percent("5"), d("2024-02-01"), d("2024-01-01")).isZero())
                .isTrue();
    }
}
