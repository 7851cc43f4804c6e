package org.scfledger.core.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

class LoanPositionProperties {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final LocalDate START = LocalDate.of(2024, 1, 15);

    @Property
    void a_replay_conserves_every_repayment_and_the_principal(
            @ForAll RepaymentMethod method, @ForAll DayCount dayCount, @ForAll("repayments") List<Repayment> repayments,
            @ForAll("offsets") int asOfOffset) {
        Schedule schedule = ScheduleCalculator.schedule(method, ScheduleTerms.monthly(
                Money.of("10000.00", "CNY"), Rate.percent("4.35"), dayCount, START, 6));
        LocalDate asOf = START.plusDays(asOfOffset);

        LoanPosition position = LoanPosition.asOf(schedule, repayments, asOf);

        Money received = Money.sum(CNY, repayments.stream().filter(r -> !r.date().isAfter(asOf))
                .map(Repayment::amount).toList());
        Money allocated = Money.sum(CNY, position.repayments().stream().map(a -> a.allocation().total()).toList());
        Money principalRepaid = Money.sum(CNY, position.repayments().stream()
                .map(a -> a.allocation().toPrincipal()).toList());
        assertThat(allocated).isEqualTo(received);
        assertThat(principalRepaid.plus(position.outstandingPrincipal())).isEqualTo(schedule.principal());
        assertThat(List.of(position.penaltyInterest(), position.dueInterest(), position.duePrincipal(),
                position.overduePrincipal(), position.interestAccruedNotYetDue()))
                .allSatisfy(amount -> {
                    assertThat(amount.isNegative()).isFalse();
                    assertThat(amount.isBooked()).isTrue();
                });
        assertThat(position.overduePrincipal().isGreaterThan(position.duePrincipal())).isFalse();
        assertThat(position.duePrincipal().isGreaterThan(position.outstandingPrincipal())).isFalse();
        assertThat(position.isOverdue()).isEqualTo(position.ageing().bucket() != AgeingBucket.CURRENT);
    }

    @Property
    void paying_every_installment_on_its_due_date_is_always_current_and_settles_everything(
            @ForAll RepaymentMethod method, @ForAll DayCount dayCount) {
        Schedule schedule = ScheduleCalculator.schedule(method, ScheduleTerms.monthly(
                Money.of("10000.00", "CNY"), Rate.percent("4.35"), dayCount, START, 6));
        List<Repayment> onTime = schedule.installments().stream()
                .map(i -> new Repayment(i.dueDate(), i.total())).toList();
        for (Installment installment : schedule.installments()) {
            LoanPosition position = LoanPosition.asOf(schedule, onTime, installment.dueDate().plusDays(1));
            assertThat(position.ageing()).isEqualTo(Ageing.CURRENT);
            assertThat(position.penaltyInterest().isZero()).isTrue();
        }
        LoanPosition end = LoanPosition.asOf(schedule, onTime, schedule.maturity());
        assertThat(end.outstandingPrincipal().isZero()).isTrue();
        assertThat(end.repayments()).allSatisfy(a -> assertThat(a.allocation().excess().isZero()).isTrue());
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 400);
    }

    @Provide
    Arbitrary<List<Repayment>> repayments() {
        Arbitrary<Repayment> repayment = Combinators.combine(
                Arbitraries.integers().between(0, 400),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("6000")).ofScale(2))
                .as((offset, amount) -> new Repayment(START.plusDays(offset), Money.of(amount, CNY)));
        return repayment.list().ofMaxSize(8);
    }
}
