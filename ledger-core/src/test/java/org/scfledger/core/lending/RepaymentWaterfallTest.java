package org.scfledger.core.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scfledger.core.money.CurrencyMismatchException;
import org.scfledger.core.money.Money;

class RepaymentWaterfallTest {

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static final Dues DUES = new Dues(cny("5.00"), cny("12.09"), cny("23.41"), cny("3334.12"));

    @Test
    void fees_then_penalty_then_interest_then_principal() {
        assertThat(RepaymentWaterfall.allocate(cny("2000.00"), DUES))
                .isEqualTo(new Allocation(cny("5.00"), cny("12.09"), cny("23.41"), cny("1959.50"), cny("0")));
    }

    @Test
    void a_small_repayment_stops_at_the_first_unpaid_category() {
        assertThat(RepaymentWaterfall.allocate(cny("3.00"), DUES))
                .isEqualTo(new Allocation(cny("3.00"), cny("0"), cny("0"), cny("0"), cny("0")));
        assertThat(RepaymentWaterfall.allocate(cny("20.00"), DUES))
                .isEqualTo(new Allocation(cny("5.00"), cny("12.09"), cny("2.91"), cny("0"), cny("0")));
    }

    @Test
    void what_exceeds_the_dues_is_returned_as_excess() {
        Allocation allocation = RepaymentWaterfall.allocate(cny("4000.00"), DUES);
        assertThat(allocation.toPrincipal()).isEqualTo(cny("3334.12"));
        assertThat(allocation.excess()).isEqualTo(cny("625.38"));
        assertThat(allocation.total()).isEqualTo(cny("4000.00"));
        assertThat(RepaymentWaterfall.allocate(cny("0.00"), DUES).total().isZero()).isTrue();
    }

    @Test
    void refuses_negative_amounts_and_other_currencies() {
        assertThatThrownBy(() -> RepaymentWaterfall.allocate(cny("-1.00"), DUES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RepaymentWaterfall.allocate(Money.of("1.00", "USD"), DUES))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new Dues(cny("0"), cny("0"), Money.of("1.00", "USD"), cny("0")))
                .isInstanceOf(CurrencyMismatchException.class);
    }
}
