package org.scfledger.core.lending;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

/**
 * The loop every amortising schedule shares: interest on the opening balance for the period's days, a principal
 * part chosen by the method, the last installment taking whatever balance is left.
 */
final class Amortisation {

    /** The method's principal part for a period, before it is held between zero and the opening balance. */
    @FunctionalInterface
    interface PrincipalRule {
        Money principalFor(Money openingBalance, Money interest);
    }

    private Amortisation() {
    }

    /**
     * @param firstNumber the number of the first installment (a rescheduled remainder keeps the original numbers)
     * @param stopWhenRepaid end the schedule as soon as the balance reaches zero (shortening the term), instead of
     *                       listing every due date
     */
    static List<Installment> amortise(
            Money openingBalance, Rate rate, DayCount dayCount, LocalDate accrualStart, List<LocalDate> dueDates,
            int firstNumber, PrincipalRule rule, boolean stopWhenRepaid) {
        List<Installment> installments = new ArrayList<>(dueDates.size());
        Money balance = openingBalance;
        LocalDate from = accrualStart;
        for (int i = 0; i < dueDates.size(); i++) {
            LocalDate due = dueDates.get(i);
            Money interest = dayCount.accrue(balance, rate, from, due);
            boolean last = i == dueDates.size() - 1;
            // The last installment absorbs every rounding difference; no part may go negative or overpay the
            // balance, which a high rate on actual days (equal installment) or a tiny principal (equal principal)
            // would otherwise produce.
            Money principal = last ? balance
                    : Money.min(rule.principalFor(balance, interest).atLeastZero(), balance);
            Installment installment = Installment.of(firstNumber + i, due, balance, principal, interest);
            installments.add(installment);
            balance = installment.closingBalance();
            from = due;
            if (stopWhenRepaid && balance.isZero()) {
                break;
            }
        }
        return List.copyOf(installments);
    }
}
