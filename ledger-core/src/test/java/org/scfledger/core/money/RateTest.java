package org.scfledger.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void a_percentage_is_an_exact_decimal_fraction() {
        assertThat(Rate.percent("4.35").annual()).isEqualByComparingTo("0.0435");
        assertThat(Rate.percent("4.35")).isEqualTo(Rate.decimal("0.04350"));
        assertThat(Rate.percent("4.35").toString()).isEqualTo("4.35%");
        assertThat(Rate.percent("0")).isEqualTo(Rate.ZERO);
    }

    @Test
    void the_penalty_multiplier_is_exact() {
        assertThat(Rate.percent("4.35").times(new BigDecimal("1.5"))).isEqualTo(Rate.percent("6.525"));
    }

    @Test
    void negative_rates_are_refused() {
        assertThatThrownBy(() -> Rate.percent("-0.1")).isInstanceOf(IllegalArgumentException.class);
    }
}
