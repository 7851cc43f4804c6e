package org.scfledger.core.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

class ScheduleProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Property
    void principal_parts_sum_exactly_to_the_principal_and_nothing_is_negative(
            @ForAll RepaymentMethod method, @ForAll("terms") ScheduleTerms terms) {
        if (method == RepaymentMethod.DISCOUNT) {
            // A discount whose interest would swallow the principal is refused (see ScheduleEdgeCasesTest).
            BigDecimal interestShare = terms.annualRate().annual()
                    .multiply(terms.dayCount().yearFraction(terms.start(), terms.maturity()));
            Assume.that(interestShare.compareTo(new BigDecimal("0.9")) < 0
                    && terms.principal().amount().compareTo(BigDecimal.ONE) >= 0);
        }
        Schedule schedule = ScheduleCalculator.schedule(method, terms);

        assertThat(schedule.totalPrincipal()).isEqualTo(terms.principal());
        Money expectedOpening = terms.principal();
        for (Installment installment : schedule.installments()) {
            assertThat(List.of(installment.principal(), installment.interest(), installment.total(),
                    installment.openingBalance(), installment.closingBalance()))
                    .allSatisfy(amount -> {
                        assertThat(amount.isNegative()).isFalse();
                        assertThat(amount.isBooked()).isTrue();
                    });
            assertThat(installment.total()).isEqualTo(installment.principal().plus(installment.interest()));
            assertThat(installment.openingBalance()).isEqualTo(expectedOpening);
            expectedOpening = installment.closingBalance();
        }
        assertThat(expectedOpening.isZero()).isTrue();
        assertThat(schedule.disbursedAmount().plus(schedule.upfrontInterest())).isEqualTo(terms.principal());
    }

    @Property
    void interest_is_the_opening_balance_for_the_periods_days_rounded_once(
            @ForAll("amortisingMethods") RepaymentMethod method, @ForAll("terms") ScheduleTerms terms) {
        Schedule schedule = ScheduleCalculator.schedule(method, terms);
        DayCount dayCount = terms.dayCount();
        LocalDate from = terms.start();
        for (Installment installment : schedule.installments()) {
            BigDecimal expected = installment.openingBalance().amount().multiply(terms.annualRate().annual())
                    .multiply(BigDecimal.valueOf(dayCount.days(from, installment.dueDate())))
                    .divide(BigDecimal.valueOf(dayCount.daysInYear()), 2, RoundingMode.HALF_EVEN);
            assertThat(installment.interest().amount()).isEqualByComparingTo(expected);
            from = installment.dueDate();
        }
    }

    @Property
    void every_installment_but_the_last_follows_the_method_and_the_last_absorbs_the_rounding(
            @ForAll("amortisingMethods") RepaymentMethod method, @ForAll("terms") ScheduleTerms terms) {
        Schedule schedule = ScheduleCalculator.schedule(method, terms);
        List<Installment> installments = schedule.installments();
        assertThat(installments).hasSize(terms.dueDates().size());
        for (Installment installment : installments.subList(0, installments.size() - 1)) {
            Money rule = method == RepaymentMethod.EQUAL_PRINCIPAL ? schedule.fixedPart()
                    : schedule.fixedPart().minus(installment.interest());
            assertThat(installment.principal())
                    .isEqualTo(Money.min(rule.atLeastZero(), installment.openingBalance()));
        }
        Installment last = installments.get(installments.size() - 1);
        assertThat(last.principal()).isEqualTo(last.openingBalance());
    }

    // Due dates on the 1st to the 27th: every 30/360 US period is 30 days (on the 28th or 29th, a due date can be the
    // last day of February, and the period after it is shorter: see DayCountTest).
    @Property
    void on_30_360_with_regular_dates_the_annuity_is_level_up_to_rounding(
            @ForAll("terms") ScheduleTerms any) {
        // Below a few cents per period the parts are clamped to the balance, and the annuity is no longer level.
        Assume.that(any.principal().amount().compareTo(new BigDecimal("1000")) >= 0);
        ScheduleTerms terms = new ScheduleTerms(any.principal(), any.annualRate(), DayCount.THIRTY_360,
                any.start().withDayOfMonth(Math.min(any.start().getDayOfMonth(), 27)), any.tenor());
        Schedule schedule = ScheduleCalculator.schedule(RepaymentMethod.EQUAL_INSTALLMENT, terms);
        List<Installment> installments = schedule.installments();
        for (Installment installment : installments.subList(0, installments.size() - 1)) {
            assertThat(installment.total()).isEqualTo(schedule.fixedPart());
        }
        // Only roundings separate the last installment from A: half a cent in A and half a cent in each period's
        // interest, each carried forward in the balance at most (1 + r)^n: |drift| ≤ 0.01 × n × (1 + r)^n.
        int n = installments.size();
        BigDecimal growth = BigDecimal.ONE.add(EqualInstallmentSchedule.periodRate(terms.annualRate(),
                terms.tenor().monthsPerPeriod())).pow(n);
        Money drift = installments.get(n - 1).total().minus(schedule.fixedPart());
        assertThat(drift.amount().abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(n)).multiply(growth));
    }

    @Property
    void early_repayment_conserves_principal_and_never_lengthens_the_schedule(
            @ForAll("amortisingMethods") RepaymentMethod method, @ForAll("terms") ScheduleTerms terms,
            @ForAll EarlyRepaymentOption option, @ForAll("fractions") BigDecimal share,
            @ForAll("fractions") BigDecimal when) {
        Schedule schedule = ScheduleCalculator.schedule(method, terms);
        long span = ChronoUnit.DAYS.between(terms.start(), schedule.maturity());
        LocalDate date = terms.start().plusDays(when.multiply(BigDecimal.valueOf(span - 1))
                .setScale(0, RoundingMode.DOWN).longValueExact());
        Installment current = schedule.installments().stream().filter(i -> i.dueDate().isAfter(date))
                .findFirst().orElseThrow();
        // A tiny equal-principal loan can be repaid before its last due date: nothing is left to prepay.
        Assume.that(current.openingBalance().isPositive());
        Money prepaid = current.openingBalance().times(share).rounded().max(Money.of("0.01", "CNY"))
                .min(current.openingBalance());

        EarlyRepaymentResult result = EarlyRepayment.apply(schedule, date, prepaid, option);

        Schedule remaining = result.remaining();
        assertThat(remaining.principal().plus(prepaid)).isEqualTo(current.openingBalance());
        assertThat(remaining.totalPrincipal().plus(prepaid).isGreaterThan(current.openingBalance())).isFalse();
        if (!remaining.isFullyRepaid()) {
            assertThat(remaining.totalPrincipal()).isEqualTo(remaining.principal());
            assertThat(remaining.maturity()).isBeforeOrEqualTo(schedule.maturity());
            assertThat(remaining.installments().size())
                    .isLessThanOrEqualTo(schedule.installments().size() - schedule.installments().indexOf(current));
        }
        assertThat(result.interestForDaysUsed().isNegative()).isFalse();
    }

    @Provide
    Arbitrary<RepaymentMethod> amortisingMethods() {
        return Arbitraries.of(RepaymentMethod.EQUAL_PRINCIPAL, RepaymentMethod.EQUAL_INSTALLMENT);
    }

    @Provide
    Arbitrary<BigDecimal> fractions() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
    }

    @Provide
    Arbitrary<ScheduleTerms> terms() {
        Arbitrary<Money> principal = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.01"), new BigDecimal("100000000.00")).ofScale(2)
                .map(amount -> Money.of(amount, CNY));
        Arbitrary<Rate> rate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("24")).ofScale(3)
                .map(percent -> Rate.percent(percent.toPlainString()));
        Arbitrary<LocalDate> start = Arbitraries.longs().between(0, 365L * 12)
                .map(days -> LocalDate.of(2020, 1, 1).plusDays(days));
        Arbitrary<Tenor> tenor = Combinators.combine(
                Arbitraries.integers().between(1, 60), Arbitraries.integers().between(1, 3)).as(Tenor::periodic);
        return Combinators.combine(principal, rate, Arbitraries.of(DayCount.class), start, tenor)
                .as(ScheduleTerms::new);
    }
}
