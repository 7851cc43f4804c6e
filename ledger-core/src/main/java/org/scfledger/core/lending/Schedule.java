package org.scfledger.core.lending;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

/**
 * A repayment schedule: the installments, and what they were computed from (so positions and early repayments can
 * go on from it without the original terms).
 *
 * <p>Invariants, checked on construction: the installments' principal parts sum exactly to {@code principal}; each
 * opening balance is the previous closing balance, the first is {@code principal}, the last closing balance is zero;
 * due dates strictly increase after {@code accrualStart}. A schedule without installments is a fully repaid one
 * (what an early repayment of everything leaves).
 *
 * @param accrualStart when the first listed installment starts accruing: the disbursement date, or the date of the
 *                     early repayment a rescheduled remainder starts from
 * @param monthsPerPeriod the period length behind an equal-installment period rate; 0 for a single maturity date
 * @param fixedPart what the method holds fixed: the payment for EQUAL_INSTALLMENT, the principal part for
 *                  EQUAL_PRINCIPAL, the principal for BULLET and DISCOUNT
 * @param upfrontInterest interest deducted from the amount paid out (DISCOUNT), zero otherwise
 */
public record Schedule(
        RepaymentMethod method,
        Money principal,
        Rate annualRate,
        DayCount dayCount,
        LocalDate accrualStart,
        int monthsPerPeriod,
        Money fixedPart,
        Money upfrontInterest,
        List<Installment> installments) {

    public Schedule {
        installments = List.copyOf(installments);
        principal.requireBooked();
        fixedPart.requireBooked();
        upfrontInterest.requireBooked();
        requireConsistent(principal, accrualStart, installments);
    }

    /** What the borrower receives: the principal less any interest deducted up front. */
    public Money disbursedAmount() {
        return principal.minus(upfrontInterest);
    }

    public Money totalPrincipal() {
        return Money.sum(principal.currency(), installments.stream().map(Installment::principal).toList());
    }

    /** Interest payable with the installments (excluding any deducted up front). */
    public Money scheduledInterest() {
        return Money.sum(principal.currency(), installments.stream().map(Installment::interest).toList());
    }

    /** All interest the schedule charges: up front and with the installments. */
    public Money totalInterest() {
        return upfrontInterest.plus(scheduledInterest());
    }

    public boolean isFullyRepaid() {
        return installments.isEmpty();
    }

    public LocalDate maturity() {
        if (installments.isEmpty()) {
            throw new IllegalStateException("A fully repaid schedule has no maturity");
        }
        return installments.get(installments.size() - 1).dueDate();
    }

    public Optional<Installment> installment(int number) {
        return installments.stream().filter(i -> i.number() == number).findFirst();
    }

    /** When interest on the installment at {@code index} (0-based) starts to accrue: the previous due date. */
    public LocalDate accrualStartOf(int index) {
        return index == 0 ? accrualStart : installments.get(index - 1).dueDate();
    }

    private static void requireConsistent(Money principal, LocalDate accrualStart, List<Installment> installments) {
        Money expectedOpening = principal;
        LocalDate previousDue = accrualStart;
        Money principalSum = Money.zero(principal.currency());
        for (Installment installment : installments) {
            if (installment.openingBalance().compareTo(expectedOpening) != 0) {
                throw new IllegalArgumentException("Installment " + installment.number() + " opens at "
                        + installment.openingBalance() + ", expected " + expectedOpening);
            }
            if (!installment.dueDate().isAfter(previousDue)) {
                throw new IllegalArgumentException("Installment " + installment.number() + " falls due on "
                        + installment.dueDate() + ", not after " + previousDue);
            }
            principalSum = principalSum.plus(installment.principal());
            expectedOpening = installment.closingBalance();
            previousDue = installment.dueDate();
        }
        if (installments.isEmpty() && !principal.isZero()) {
            throw new IllegalArgumentException("A schedule without installments repays nothing, not " + principal);
        }
        if (!installments.isEmpty() && principalSum.compareTo(principal) != 0) {
            throw new IllegalArgumentException("Principal parts sum to " + principalSum + ", not " + principal);
        }
    }
}
