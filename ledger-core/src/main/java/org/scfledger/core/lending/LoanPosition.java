package org.scfledger.core.lending;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scfledger.core.money.Money;

/**
 * A financing's repayment position as of a date: what is due, what is overdue and for how long, the penalty interest
 * accrued on it, and where every repayment up to that date went. The same inputs always give the same position,
 * which is what lets an auditor replay "what did the ledger show on date D".
 *
 * @param outstandingPrincipal all principal not yet repaid, due or not
 * @param duePrincipal unpaid principal of installments due on or before {@code asOf}
 * @param dueInterest unpaid scheduled interest of installments due on or before {@code asOf}
 * @param overduePrincipal unpaid principal due before {@code asOf}: what bears penalty interest
 * @param penaltyInterest penalty interest accrued up to {@code asOf} and not yet paid (booked)
 * @param interestAccruedNotYetDue contract interest on the principal not yet due, for the days of the current period
 *                                 up to {@code asOf}: what an early repayment on {@code asOf} would add
 *                                 (zero for DISCOUNT, whose interest was taken up front)
 * @param repayments each repayment up to {@code asOf}, in date order, with its allocation
 */
public record LoanPosition(
        LocalDate asOf,
        Money outstandingPrincipal,
        Money duePrincipal,
        Money dueInterest,
        Money overduePrincipal,
        Money penaltyInterest,
        Money interestAccruedNotYetDue,
        Ageing ageing,
        List<AppliedRepayment> repayments) {

    public LoanPosition {
        repayments = List.copyOf(repayments);
    }

    /**
     * Replays {@code repayments} dated on or before {@code asOf} against {@code schedule}, in date order (same-date
     * repayments in the order given), each allocated by {@link RepaymentWaterfall} to the dues of its date; later
     * repayments are ignored. Penalty interest accrues on each installment's unpaid principal from the day after
     * its due date, in segments between repayments, and is booked (rounded) only when read or paid.
     */
    public static LoanPosition asOf(
            Schedule schedule, List<Repayment> repayments, LocalDate asOf, PenaltyPolicy policy) {
        return new PositionReplay(schedule, policy).replay(repayments, asOf);
    }

    /** {@link #asOf(Schedule, List, LocalDate, PenaltyPolicy)} with the default penalty (1.5 × contract rate). */
    public static LoanPosition asOf(Schedule schedule, List<Repayment> repayments, LocalDate asOf) {
        return asOf(schedule, repayments, asOf, PenaltyPolicy.DEFAULT);
    }

    /**
     * The earliest due date of an installment with principal or interest still unpaid once all {@code repayments} are
     * applied; empty when everything is paid. Ageing as of any later date is counted from it, so a read model can
     * store it and filter by days past due for any date.
     */
    public static Optional<LocalDate> oldestUnpaidDue(
            Schedule schedule, List<Repayment> repayments, PenaltyPolicy policy) {
        return new PositionReplay(schedule, policy).oldestUnpaidDue(repayments);
    }

    /** What the borrower owes today, by category, in waterfall order. */
    public Dues dues() {
        return Dues.of(penaltyInterest, dueInterest, duePrincipal);
    }

    /** Whether anything is past due (a collection status other than CURRENT). */
    public boolean isOverdue() {
        return ageing.daysPastDue() > 0;
    }

    /** Everything that settles the financing on {@code asOf}: the dues, the principal not yet due, its interest. */
    public Money payoffAmount() {
        return dues().total().plus(outstandingPrincipal.minus(duePrincipal)).plus(interestAccruedNotYetDue);
    }
}
