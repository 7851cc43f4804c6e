package org.scfledger.core.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;

/**
 * The position example of docs/formulas.md, on the equal-installment ACT/360 worked example (installments
 * 3357.53 on 2024-02-15, 3357.53 on 2024-03-15, 3358.34 on 2024-04-15). Installment 1 is paid on time, installment 2
 * is missed, 2 000.00 arrives 20 days late on 2024-04-04. Penalty rate 1.5 × 4.35 % = 6.525 %.
 */
class LoanPositionTest {

    private static final Schedule SCHEDULE =
            WorkedExamplesTest.amortising(RepaymentMethod.EQUAL_INSTALLMENT, DayCount.ACT_360);
    private static final List<Repayment> REPAYMENTS = List.of(
            new Repayment(date("2024-04-04"), cny("2000.00")),
            new Repayment(date("2024-02-15"), cny("3357.53")));

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_late_partial_repayment_goes_to_penalty_then_interest_then_principal() {
        LoanPosition position = LoanPosition.asOf(SCHEDULE, REPAYMENTS, date("2024-04-10"));

        // Replayed in date order: the on-time payment settles installment 1 exactly.
        Allocation onTime = position.repayments().get(0).allocation();
        assertThat(onTime).isEqualTo(new Allocation(cny("0"), cny("0"), cny("37.46"), cny("3320.07"), cny("0")));
        // 3334.12 × 0.06525 × 20 / 360 = 12.086185 → 12.09 penalty; 23.41 interest; 2000 − 12.09 − 23.41 = 1964.50.
        Allocation late = position.repayments().get(1).allocation();
        assertThat(late).isEqualTo(new Allocation(cny("0"), cny("12.09"), cny("23.41"), cny("1964.50"), cny("0")));

        // 3334.12 − 1964.50 = 1369.62 still overdue; 6 more days: 1369.62 × 0.06525 × 6 / 360 = 1.48946175.
        // Penalty accrued 12.086185 + 1.48946175 = 13.57564675 → 13.58, less 12.09 paid = 1.49.
        assertThat(position.penaltyInterest()).isEqualTo(cny("1.49"));
        assertThat(position.overduePrincipal()).isEqualTo(cny("1369.62"));
        assertThat(position.duePrincipal()).isEqualTo(cny("1369.62"));
        assertThat(position.dueInterest()).isEqualTo(cny("0.00"));
        assertThat(position.outstandingPrincipal()).isEqualTo(cny("4715.43"));
        // Installment 3's period started 2024-03-15: 3345.81 × 0.0435 × 26 / 360 = 10.5114… → 10.51.
        assertThat(position.interestAccruedNotYetDue()).isEqualTo(cny("10.51"));
        assertThat(position.ageing()).isEqualTo(new Ageing(26, AgeingBucket.DPD_1_30));
        assertThat(position.payoffAmount()).isEqualTo(cny("4727.43"));
        assertThat(position.dues()).isEqualTo(Dues.of(cny("1.49"), cny("0.00"), cny("1369.62")));
    }

    @Test
    void left_unpaid_the_position_ages_past_90_days() {
        LoanPosition position = LoanPosition.asOf(SCHEDULE, REPAYMENTS, date("2024-07-20"));
        // Penalty: 12.086185 (to 04-04) + 1369.62 × 0.06525 × 107 / 360 = 26.562067875
        //        + 3345.81 × 0.06525 × 96 / 360 = 58.217094 → 96.865346875 → 96.87, less 12.09 paid = 84.78.
        assertThat(position.penaltyInterest()).isEqualTo(cny("84.78"));
        assertThat(position.duePrincipal()).isEqualTo(cny("4715.43"));
        assertThat(position.dueInterest()).isEqualTo(cny("12.53"));
        assertThat(position.interestAccruedNotYetDue().isZero()).isTrue();
        assertThat(position.ageing()).isEqualTo(new Ageing(127, AgeingBucket.DPD_90_PLUS));
        assertThat(position.payoffAmount()).isEqualTo(cny("4812.74"));
    }

    @Test
    void due_today_is_not_late_and_penalty_starts_the_day_after() {
        List<Repayment> firstOnly = List.of(REPAYMENTS.get(1));
        LoanPosition onDueDate = LoanPosition.asOf(SCHEDULE, firstOnly, date("2024-03-15"));
        assertThat(onDueDate.ageing()).isEqualTo(Ageing.CURRENT);
        assertThat(onDueDate.duePrincipal()).isEqualTo(cny("3334.12"));
        assertThat(onDueDate.dueInterest()).isEqualTo(cny("23.41"));
        assertThat(onDueDate.overduePrincipal().isZero()).isTrue();
        assertThat(onDueDate.penaltyInterest().isZero()).isTrue();

        LoanPosition dayAfter = LoanPosition.asOf(SCHEDULE, firstOnly, date("2024-03-16"));
        assertThat(dayAfter.ageing()).isEqualTo(new Ageing(1, AgeingBucket.DPD_1_30));
        // 3334.12 × 0.06525 / 360 = 0.60430925 → 0.60
        assertThat(dayAfter.penaltyInterest()).isEqualTo(cny("0.60"));
    }

    @Test
    void the_replay_ignores_what_happened_after_the_as_of_date() {
        LoanPosition before = LoanPosition.asOf(SCHEDULE, REPAYMENTS, date("2024-04-03"));
        assertThat(before.repayments()).hasSize(1);
        assertThat(before.duePrincipal()).isEqualTo(cny("3334.12"));
        assertThat(LoanPosition.asOf(SCHEDULE, REPAYMENTS, date("2024-04-03")))
                .isEqualTo(LoanPosition.asOf(SCHEDULE, REPAYMENTS.subList(1, 2), date("2024-04-03")));
    }

    @Test
    void paying_everything_on_time_leaves_nothing_and_overpaying_is_reported_as_excess() {
        List<Repayment> onTime = SCHEDULE.installments().stream()
                .map(i -> new Repayment(i.dueDate(), i.total())).toList();
        LoanPosition settled = LoanPosition.asOf(SCHEDULE, onTime, date("2024-12-31"));
        assertThat(settled.outstandingPrincipal().isZero()).isTrue();
        assertThat(settled.dues().total().isZero()).isTrue();
        assertThat(settled.ageing()).isEqualTo(Ageing.CURRENT);

        LoanPosition overpaid = LoanPosition.asOf(SCHEDULE,
                List.of(new Repayment(date("2024-02-15"), cny("4000.00"))), date("2024-02-15"));
        assertThat(overpaid.repayments().get(0).allocation().excess()).isEqualTo(cny("642.47"));
        assertThat(overpaid.outstandingPrincipal()).isEqualTo(cny("6679.93"));
    }

    @Test
    void a_repayment_before_the_start_is_refused() {
        assertThatThrownBy(() -> LoanPosition.asOf(SCHEDULE,
                List.of(new Repayment(date("2024-01-14"), cny("1.00"))), date("2024-02-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_oldest_unpaid_due_date_is_what_days_past_due_count_from_on_any_later_date() {
        // The 2024-04-04 repayment leaves part of the installment due 2024-03-15 unpaid: 127 days late on 2024-07-20.
        assertThat(LoanPosition.oldestUnpaidDue(SCHEDULE, REPAYMENTS, PenaltyPolicy.DEFAULT))
                .contains(date("2024-03-15"));
        assertThat(LoanPosition.oldestUnpaidDue(SCHEDULE, List.of(), PenaltyPolicy.DEFAULT))
                .contains(date("2024-02-15"));
        List<Repayment> onTime = SCHEDULE.installments().stream()
                .map(i -> new Repayment(i.dueDate(), i.total())).toList();
        assertThat(LoanPosition.oldestUnpaidDue(SCHEDULE, onTime, PenaltyPolicy.DEFAULT)).isEmpty();
        LocalDate asOf = date("2024-07-20");
        assertThat(LoanPosition.asOf(SCHEDULE, REPAYMENTS, asOf).ageing())
                .isEqualTo(Ageing.asOf(LoanPosition.oldestUnpaidDue(SCHEDULE, REPAYMENTS, PenaltyPolicy.DEFAULT), asOf));
    }
}
