package org.scfledger.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class MoneyProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Property
    void rounding_moves_an_amount_by_at_most_half_a_minor_unit(
            @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(6) BigDecimal amount) {
        Money exact = Money.exact(amount, CNY);
        Money booked = exact.rounded();
        assertThat(booked.isBooked()).isTrue();
        assertThat(booked.minus(exact).amount().abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Property
    void booked_amounts_stay_booked_under_addition_and_subtraction(
            @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(2) BigDecimal a,
            @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(2) BigDecimal b) {
        Money x = Money.of(a, CNY);
        Money y = Money.of(b, CNY);
        assertThat(x.plus(y).isBooked()).isTrue();
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
    }

    @Property
    void actual_day_counts_are_additive_over_adjacent_periods(
            @ForAll @IntRange(min = 0, max = 3000) int first, @ForAll @IntRange(min = 0, max = 3000) int second) {
        LocalDate a = LocalDate.of(2020, 1, 1);
        LocalDate b = a.plusDays(first);
        LocalDate c = b.plusDays(second);
        for (DayCount dayCount : new DayCount[] {DayCount.ACT_360, DayCount.ACT_365}) {
            assertThat(dayCount.days(a, b) + dayCount.days(b, c)).isEqualTo(dayCount.days(a, c));
        }
    }
}
