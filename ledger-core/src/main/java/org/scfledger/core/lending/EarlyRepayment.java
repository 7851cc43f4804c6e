package org.scfledger.core.lending;

import java.time.LocalDate;
import java.util.List;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

/**
 * An early repayment of principal ("随借随还"): interest is due only for the days used, and the rest of the schedule
 * is recomputed on the lower balance as the borrower chooses.
 *
 * <p>On date d inside installment k's period (previous due date &lt; d &lt; due date k; every installment due on or
 * before d must already be settled, which {@link LoanPosition} tells the caller), with B the balance and X the
 * prepaid principal:
 * <ul>
 *   <li>interest for the days used, due now: {@code round(B × rate × days(period start, d) / days in year)};</li>
 *   <li>the remainder B − X accrues from d; installment k's interest is {@code B − X} for {@code days(d, due k)};</li>
 *   <li>{@link EarlyRepaymentOption#SHORTEN_TERM}: the fixed part is kept (the payment A for equal installment, the
 *       principal part for equal principal); the schedule stops when the balance is repaid;</li>
 *   <li>{@link EarlyRepaymentOption#LOWER_INSTALLMENT}: the m remaining due dates are kept; equal installment
 *       recomputes {@code A' = round((B − X)·r / (1 − (1 + r)^−m))}, equal principal {@code round((B − X) / m)};</li>
 *   <li>bullet and discount have one installment, at a maturity neither option moves: it shrinks to B − X.
 *       A discount's interest was taken up front, so the unearned part on X is refunded:
 *       {@code round(X × rate × days(d, maturity) / days in year)}.</li>
 * </ul>
 */
public final class EarlyRepayment {

    private EarlyRepayment() {
    }

    public static EarlyRepaymentResult apply(
            Schedule schedule, LocalDate date, Money principalPrepaid, EarlyRepaymentOption option) {
        principalPrepaid.requireBooked();
        if (!principalPrepaid.isPositive()) {
            throw new IllegalArgumentException("An early repayment repays a positive principal, not " + principalPrepaid);
        }
        if (date.isBefore(schedule.accrualStart())) {
            throw new IllegalArgumentException("Early repayment on " + date + " precedes the schedule's start "
                    + schedule.accrualStart());
        }
        int current = currentPeriod(schedule, date);
        Installment installment = schedule.installments().get(current);
        Money balance = installment.openingBalance();
        if (principalPrepaid.isGreaterThan(balance)) {
            throw new IllegalArgumentException("Cannot prepay " + principalPrepaid + " of a balance of " + balance);
        }
        Rate rate = schedule.annualRate();
        DayCount dayCount = schedule.dayCount();
        Money zero = Money.zero(balance.currency());
        boolean discount = schedule.method() == RepaymentMethod.DISCOUNT;
        Money interestForDaysUsed = discount ? zero
                : dayCount.accrue(balance, rate, schedule.accrualStartOf(current), date);
        Money refund = discount ? dayCount.accrue(principalPrepaid, rate, date, schedule.maturity()) : zero;

        Money newBalance = balance.minus(principalPrepaid);
        List<Installment> rest = schedule.installments().subList(current, schedule.installments().size());
        Schedule remaining = newBalance.isZero()
                ? new Schedule(schedule.method(), zero, rate, dayCount, date, schedule.monthsPerPeriod(), zero, zero,
                        List.of())
                : reschedule(schedule, rest, date, newBalance, option);
        return new EarlyRepaymentResult(date, option, principalPrepaid, interestForDaysUsed, refund, remaining);
    }

    private static int currentPeriod(Schedule schedule, LocalDate date) {
        List<Installment> installments = schedule.installments();
        for (int i = 0; i < installments.size(); i++) {
            if (installments.get(i).dueDate().isAfter(date)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Nothing falls due after " + date + ": an early repayment needs an"
                + " installment not yet due");
    }

    private static Schedule reschedule(
            Schedule schedule, List<Installment> rest, LocalDate date, Money balance, EarlyRepaymentOption option) {
        Rate rate = schedule.annualRate();
        DayCount dayCount = schedule.dayCount();
        List<LocalDate> dueDates = rest.stream().map(Installment::dueDate).toList();
        int firstNumber = rest.get(0).number();
        boolean shorten = option == EarlyRepaymentOption.SHORTEN_TERM;
        Money zero = Money.zero(balance.currency());
        return switch (schedule.method()) {
            case BULLET, DISCOUNT -> {
                Money interest = schedule.method() == RepaymentMethod.BULLET
                        ? dayCount.accrue(balance, rate, date, schedule.maturity()) : zero;
                yield new Schedule(schedule.method(), balance, rate, dayCount, date, schedule.monthsPerPeriod(),
                        balance, zero, List.of(Installment.of(firstNumber, schedule.maturity(), balance, balance,
                                interest)));
            }
            case EQUAL_PRINCIPAL -> {
                Money part = shorten ? schedule.fixedPart()
                        : EqualPrincipalSchedule.principalPart(balance, dueDates.size());
                yield new Schedule(schedule.method(), balance, rate, dayCount, date, schedule.monthsPerPeriod(), part,
                        zero, Amortisation.amortise(balance, rate, dayCount, date, dueDates, firstNumber,
                                (opening, interest) -> part, shorten));
            }
            case EQUAL_INSTALLMENT -> {
                Money payment = shorten ? schedule.fixedPart()
                        : EqualInstallmentSchedule.fixedPayment(balance, rate, schedule.monthsPerPeriod(),
                                dueDates.size());
                yield new Schedule(schedule.method(), balance, rate, dayCount, date, schedule.monthsPerPeriod(),
                        payment, zero, Amortisation.amortise(balance, rate, dayCount, date, dueDates, firstNumber,
                                (opening, interest) -> payment.minus(interest), shorten));
            }
        };
    }
}
