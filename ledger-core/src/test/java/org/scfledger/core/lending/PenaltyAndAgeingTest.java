package org.scfledger.core.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

class PenaltyAndAgeingTest {

    private static final Money OVERDUE = Money.of("10000.00", "CNY");
    private static final LocalDate DUE = LocalDate.of(2024, 3, 15);

    @Test
    void penalty_accrues_from_the_day_after_the_due_date_at_one_and_a_half_times_the_contract_rate() {
        Rate contract = Rate.percent("4.35");
        assertThat(PenaltyPolicy.DEFAULT.penaltyRate(contract)).isEqualTo(Rate.percent("6.525"));
        assertThat(PenaltyInterest.accrued(OVERDUE, DUE, DUE, contract, DayCount.ACT_360, PenaltyPolicy.DEFAULT)
                .isZero()).isTrue();
        // 10 000 × 0.06525 × 1 / 360 = 1.8125 → 1.81
        assertThat(PenaltyInterest.accrued(OVERDUE, DUE, DUE.plusDays(1), contract, DayCount.ACT_360,
                PenaltyPolicy.DEFAULT)).isEqualTo(Money.of("1.81", "CNY"));
        // 30 days: 10 000 × 0.06525 × 30 / 360 = 54.375 → 54.38 (half-even: 7 is odd, rounds up to 8)
        assertThat(PenaltyInterest.accrued(OVERDUE, DUE, DUE.plusDays(30), contract, DayCount.ACT_360,
                PenaltyPolicy.DEFAULT)).isEqualTo(Money.of("54.38", "CNY"));
        // ACT/365, 30 days: 10 000 × 0.06525 × 30 / 365 = 53.630… → 53.63
        assertThat(PenaltyInterest.accrued(OVERDUE, DUE, DUE.plusDays(30), contract, DayCount.ACT_365,
                PenaltyPolicy.DEFAULT)).isEqualTo(Money.of("53.63", "CNY"));
        // 30/360 from 15 March to 15 April: 30 days although 31 elapsed → 54.38
        assertThat(PenaltyInterest.accrued(OVERDUE, DUE, LocalDate.of(2024, 4, 15), contract, DayCount.THIRTY_360,
                PenaltyPolicy.DEFAULT)).isEqualTo(Money.of("54.38", "CNY"));
    }

    @Test
    void a_program_can_set_its_own_multiplier_but_not_below_one() {
        PenaltyPolicy plusThirtyPercent = new PenaltyPolicy(new BigDecimal("1.3"));
        assertThat(plusThirtyPercent.penaltyRate(Rate.percent("5"))).isEqualTo(Rate.percent("6.5"));
        assertThatThrownBy(() -> new PenaltyPolicy(new BigDecimal("0.9"))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} days past due → {1}")
    @CsvSource({
        "0, CURRENT", "1, DPD_1_30", "30, DPD_1_30", "31, DPD_31_60", "60, DPD_31_60",
        "61, DPD_61_90", "90, DPD_61_90", "91, DPD_90_PLUS", "1000, DPD_90_PLUS",
    })
    void ageing_buckets(long daysPastDue, AgeingBucket bucket) {
        assertThat(AgeingBucket.forDaysPastDue(daysPastDue)).isEqualTo(bucket);
    }

    @Test
    void days_past_due_are_calendar_days_from_the_oldest_unpaid_due_date() {
        assertThat(Ageing.asOf(Optional.of(DUE), LocalDate.of(2024, 4, 14))).isEqualTo(new Ageing(30, AgeingBucket.DPD_1_30));
        assertThat(Ageing.asOf(Optional.of(DUE), LocalDate.of(2024, 4, 15))).isEqualTo(new Ageing(31, AgeingBucket.DPD_31_60));
        assertThat(Ageing.asOf(Optional.of(DUE), DUE)).isEqualTo(Ageing.CURRENT);
        assertThat(Ageing.asOf(Optional.empty(), DUE)).isEqualTo(Ageing.CURRENT);
        assertThatThrownBy(() -> AgeingBucket.forDaysPastDue(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_bucket_holds_exactly_the_days_its_bounds_name() {
        for (AgeingBucket bucket : AgeingBucket.values()) {
            assertThat(AgeingBucket.forDaysPastDue(bucket.fromDays())).isEqualTo(bucket);
            if (bucket.toDays() < Long.MAX_VALUE) {
                assertThat(AgeingBucket.forDaysPastDue(bucket.toDays())).isEqualTo(bucket);
                assertThat(AgeingBucket.forDaysPastDue(bucket.toDays() + 1)).isNotEqualTo(bucket);
            }
        }
        assertThat(AgeingBucket.DPD_90_PLUS.fromDays()).isEqualTo(91);
    }
}
