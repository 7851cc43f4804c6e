package org.scfledger.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void a_booked_amount_is_kept_at_the_currencys_scale() {
        assertThat(Money.of("125000", "CNY").amount()).isEqualByComparingTo("125000").hasScaleOf(2);
        assertThat(Money.of("125000.5", "CNY").toString()).isEqualTo("125000.50 CNY");
        assertThat(Money.of("1000", "JPY").amount()).hasScaleOf(0);
        assertThat(Money.of("1.234", "BHD").amount()).hasScaleOf(3);
        assertThat(Money.of("125000.00", "CNY").isBooked()).isTrue();
    }

    @Test
    void parsing_refuses_more_decimals_than_the_currency_has_instead_of_rounding_them_away() {
        assertThatThrownBy(() -> Money.of("10.005", "CNY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more decimals than CNY");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"), CNY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("abc", "CNY")).isInstanceOf(IllegalArgumentException.class);
        // Trailing zeros are not extra precision.
        assertThat(Money.of("10.0000", "CNY")).isEqualTo(Money.of("10", "CNY"));
    }

    @Test
    void parse_reads_what_toString_writes() {
        Money money = Money.of("-42.10", "USD");
        assertThat(Money.parse(money.toString())).isEqualTo(money);
        assertThat(Money.parse("125000.00 CNY")).isEqualTo(Money.of("125000.00", "CNY"));
        assertThatThrownBy(() -> Money.parse("125000.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("1.001 CNY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmetic_keeps_exact_intermediates_and_rounds_half_even_only_when_booked() {
        Money exact = Money.of("100.00", "CNY").times(new BigDecimal("0.000125"));
        assertThat(exact.amount()).isEqualByComparingTo("0.0125");
        assertThat(exact.isBooked()).isFalse();
        assertThat(exact.rounded()).isEqualTo(Money.of("0.01", "CNY")); // half-even: 0.0125 → 0.01
        assertThat(Money.exact(new BigDecimal("0.015"), CNY).rounded()).isEqualTo(Money.of("0.02", "CNY"));
        assertThat(Money.exact(new BigDecimal("-0.025"), CNY).rounded()).isEqualTo(Money.of("-0.02", "CNY"));
        assertThatThrownBy(exact::requireBooked).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void equality_is_numeric_whatever_the_scale_of_the_input() {
        assertThat(Money.exact(new BigDecimal("1.000"), CNY)).isEqualTo(Money.of("1", "CNY"));
        assertThat(Money.exact(new BigDecimal("1.000"), CNY).hashCode()).isEqualTo(Money.of("1.00", "CNY").hashCode());
        assertThat(Money.exact(new BigDecimal("1E+3"), CNY)).isEqualTo(Money.of("1000.00", "CNY"));
        assertThat(Money.of("1000.00", "CNY").toString()).isEqualTo("1000.00 CNY");
    }

    @Test
    void mixed_currencies_are_refused_with_a_clear_message() {
        Money yuan = Money.of("10.00", "CNY");
        Money dollars = Money.of("10.00", "USD");
        assertThatThrownBy(() -> yuan.plus(dollars))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("expected CNY but got USD");
        assertThatThrownBy(() -> yuan.minus(dollars)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> yuan.compareTo(dollars)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Money.min(yuan, dollars)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Money.sum(CNY, List.of(yuan, dollars))).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void comparisons_signs_and_floors() {
        Money ten = Money.of("10.00", "CNY");
        Money minusOne = Money.of("-1.00", "CNY");
        assertThat(ten.isGreaterThan(minusOne)).isTrue();
        assertThat(minusOne.isLessThan(ten)).isTrue();
        assertThat(minusOne.isNegative()).isTrue();
        assertThat(Money.zero(CNY).isZero()).isTrue();
        assertThat(ten.isPositive()).isTrue();
        assertThat(minusOne.atLeastZero()).isEqualTo(Money.zero(CNY));
        assertThat(ten.atLeastZero()).isEqualTo(ten);
        assertThat(ten.min(minusOne)).isEqualTo(minusOne);
        assertThat(ten.max(minusOne)).isEqualTo(ten);
        assertThat(minusOne.negate()).isEqualTo(Money.of("1.00", "CNY"));
        assertThat(Money.sum(CNY, List.of(ten, minusOne, ten))).isEqualTo(Money.of("19.00", "CNY"));
    }

    @Test
    void a_currency_without_a_minor_unit_cannot_be_booked() {
        assertThatThrownBy(() -> Money.of("1", "XXX")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no minor unit");
    }
}
