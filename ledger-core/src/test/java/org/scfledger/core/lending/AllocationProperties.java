package org.scfledger.core.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scfledger.core.money.Money;

class AllocationProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Property
    void an_allocation_conserves_the_amount_and_settles_categories_in_order(
            @ForAll("amounts") Money amount, @ForAll("amounts") Money fees, @ForAll("amounts") Money penalty,
            @ForAll("amounts") Money interest, @ForAll("amounts") Money principal) {
        Dues dues = new Dues(fees, penalty, interest, principal);
        Allocation allocation = RepaymentWaterfall.allocate(amount, dues);

        assertThat(allocation.total()).isEqualTo(amount);
        assertThat(allocation.toFees().isGreaterThan(fees)).isFalse();
        assertThat(allocation.toPenaltyInterest().isGreaterThan(penalty)).isFalse();
        assertThat(allocation.toInterest().isGreaterThan(interest)).isFalse();
        assertThat(allocation.toPrincipal().isGreaterThan(principal)).isFalse();
        // A later category receives something only once every earlier one is settled.
        if (allocation.toPenaltyInterest().isPositive()) {
            assertThat(allocation.toFees()).isEqualTo(fees);
        }
        if (allocation.toInterest().isPositive()) {
            assertThat(allocation.toPenaltyInterest()).isEqualTo(penalty);
        }
        if (allocation.toPrincipal().isPositive()) {
            assertThat(allocation.toInterest()).isEqualTo(interest);
        }
        if (allocation.excess().isPositive()) {
            assertThat(allocation.applied()).isEqualTo(dues.total());
        }
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(2)
                .map(amount -> Money.of(amount, CNY));
    }
}
