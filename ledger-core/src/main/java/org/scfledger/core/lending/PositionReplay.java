package org.scfledger.core.lending;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

/** The working state of one {@link LoanPosition#asOf} replay; used once, never shared. */
final class PositionReplay {

    private final Schedule schedule;
    private final PenaltyPolicy policy;
    private final List<Installment> installments;
    private final Money[] principalUnpaid;
    private final Money[] interestUnpaid;
    private final Money zero;
    /** Penalty accrued so far, unrounded: rounding each segment would bias a long overdue history. */
    private Money penaltyAccruedExact;
    private Money penaltyPaid;
    private LocalDate accruedTo;

    PositionReplay(Schedule schedule, PenaltyPolicy policy) {
        this.schedule = schedule;
        this.policy = policy;
        this.installments = schedule.installments();
        this.principalUnpaid = installments.stream().map(Installment::principal).toArray(Money[]::new);
        this.interestUnpaid = installments.stream().map(Installment::interest).toArray(Money[]::new);
        this.zero = Money.zero(schedule.principal().currency());
        this.penaltyAccruedExact = zero;
        this.penaltyPaid = zero;
        this.accruedTo = schedule.accrualStart();
    }

    LoanPosition replay(List<Repayment> repayments, LocalDate asOf) {
        List<Repayment> inOrder = new ArrayList<>(repayments);
        inOrder.sort(Comparator.comparing(Repayment::date)); // stable: same-date repayments keep their order
        List<AppliedRepayment> applied = new ArrayList<>();
        for (Repayment repayment : inOrder) {
            if (repayment.date().isAfter(asOf)) {
                break;
            }
            if (repayment.date().isBefore(schedule.accrualStart())) {
                throw new IllegalArgumentException("Repayment on " + repayment.date()
                        + " precedes the schedule's start " + schedule.accrualStart());
            }
            accruePenaltyTo(repayment.date());
            Allocation allocation = RepaymentWaterfall.allocate(repayment.amount(), duesOn(repayment.date()));
            settle(allocation, repayment.date());
            applied.add(new AppliedRepayment(repayment, allocation));
        }
        accruePenaltyTo(asOf);
        return position(asOf, applied);
    }

    /** The earliest due date of an installment with principal or interest unpaid after {@code repayments}. */
    Optional<LocalDate> oldestUnpaidDue(List<Repayment> repayments) {
        LocalDate last = repayments.stream().map(Repayment::date).max(Comparator.naturalOrder())
                .orElse(schedule.accrualStart());
        replay(repayments, last);
        for (int i = 0; i < installments.size(); i++) {
            if (principalUnpaid[i].plus(interestUnpaid[i]).isPositive()) {
                return Optional.of(installments.get(i).dueDate());
            }
        }
        return Optional.empty();
    }

    private void accruePenaltyTo(LocalDate date) {
        if (!date.isAfter(accruedTo)) {
            return;
        }
        Rate rate = schedule.annualRate();
        for (int i = 0; i < installments.size(); i++) {
            LocalDate due = installments.get(i).dueDate();
            if (principalUnpaid[i].isPositive() && due.isBefore(date)) {
                // From the later of the last event and the due date: penalty starts the day after the due date.
                LocalDate from = due.isAfter(accruedTo) ? due : accruedTo;
                penaltyAccruedExact = penaltyAccruedExact.plus(PenaltyInterest.accruedExact(
                        principalUnpaid[i], from, date, rate, schedule.dayCount(), policy));
            }
        }
        accruedTo = date;
    }

    private Dues duesOn(LocalDate date) {
        Money interest = zero;
        Money principal = zero;
        for (int i = 0; i < installments.size() && !installments.get(i).dueDate().isAfter(date); i++) {
            interest = interest.plus(interestUnpaid[i]);
            principal = principal.plus(principalUnpaid[i]);
        }
        return Dues.of(penaltyOutstanding(), interest, principal);
    }

    private Money penaltyOutstanding() {
        return penaltyAccruedExact.rounded().minus(penaltyPaid);
    }

    /** Applies an allocation to the installments, oldest due first, interest before principal. */
    private void settle(Allocation allocation, LocalDate date) {
        penaltyPaid = penaltyPaid.plus(allocation.toPenaltyInterest());
        Money interestLeft = allocation.toInterest();
        Money principalLeft = allocation.toPrincipal();
        for (int i = 0; i < installments.size() && !installments.get(i).dueDate().isAfter(date); i++) {
            Money toInterest = Money.min(interestLeft, interestUnpaid[i]);
            interestUnpaid[i] = interestUnpaid[i].minus(toInterest);
            interestLeft = interestLeft.minus(toInterest);
            Money toPrincipal = Money.min(principalLeft, principalUnpaid[i]);
            principalUnpaid[i] = principalUnpaid[i].minus(toPrincipal);
            principalLeft = principalLeft.minus(toPrincipal);
        }
    }

    private LoanPosition position(LocalDate asOf, List<AppliedRepayment> applied) {
        Money outstanding = zero;
        Money overdue = zero;
        Optional<LocalDate> oldestUnpaidDue = Optional.empty();
        for (int i = 0; i < installments.size(); i++) {
            LocalDate due = installments.get(i).dueDate();
            outstanding = outstanding.plus(principalUnpaid[i]);
            if (due.isBefore(asOf)) {
                overdue = overdue.plus(principalUnpaid[i]);
                if (oldestUnpaidDue.isEmpty() && principalUnpaid[i].plus(interestUnpaid[i]).isPositive()) {
                    oldestUnpaidDue = Optional.of(due);
                }
            }
        }
        Dues dues = duesOn(asOf);
        return new LoanPosition(asOf, outstanding, dues.principal(), dues.interest(), overdue,
                dues.penaltyInterest(), interestAccruedNotYetDue(asOf, outstanding.minus(dues.principal())),
                Ageing.asOf(oldestUnpaidDue, asOf), applied);
    }

    private Money interestAccruedNotYetDue(LocalDate asOf, Money notYetDuePrincipal) {
        if (schedule.method() == RepaymentMethod.DISCOUNT) {
            return zero;
        }
        for (int i = 0; i < installments.size(); i++) {
            if (installments.get(i).dueDate().isAfter(asOf)) {
                return schedule.dayCount().accrue(notYetDuePrincipal, schedule.annualRate(),
                        schedule.accrualStartOf(i), asOf);
            }
        }
        return zero;
    }
}
