package org.scfledger.core.financing;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.lending.EarlyRepaymentOption;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.lending.Schedule;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.receivable.ReceivableId;

/** What happens to a financing, from request to repayment: the events of the {@code Financing} aggregate. */
public sealed interface FinancingEvent {

    FinancingId financingId();

    /**
     * A member asked for a financing and its principal is reserved on its line (same unit of work as the program's
     * {@code DrawdownReserved}). {@code funder} and {@code pricing} are the program's, copied so the financing's
     * history explains itself.
     */
    @Revision("1")
    record FinancingRequested(
            FinancingId financingId,
            FinancingKind kind,
            ProgramId programId,
            PartyId member,
            PartyId funder,
            Money amount,
            RepaymentMethod method,
            FinancingTenor tenor,
            ProgramPricing pricing,
            LocalDate businessDate) implements FinancingEvent {
    }

    /**
     * A request refused by a rule, recorded for the funder and the auditor: {@code code} is the rule's stable code
     * ({@code limit-exceeded}, {@code member-suspended}…), {@code reasons} its message. Nothing was reserved; the
     * financing id is used up.
     */
    @Revision("1")
    record FinancingRequestRefused(
            FinancingId financingId,
            FinancingKind kind,
            ProgramId programId,
            PartyId member,
            PartyId funder,
            Money amount,
            RepaymentMethod method,
            FinancingTenor tenor,
            String code,
            List<String> reasons,
            LocalDate businessDate) implements FinancingEvent {

        public FinancingRequestRefused {
            reasons = List.copyOf(reasons);
        }
    }

    /** The funder approved the request: it may be disbursed. */
    @Revision("1")
    record FinancingApproved(FinancingId financingId, PartyId approvedBy, List<String> reasons, LocalDate businessDate)
            implements FinancingEvent {

        public FinancingApproved {
            reasons = List.copyOf(reasons);
        }
    }

    /** The funder declined the request (same unit of work as the program's {@code ReservationReleased}). */
    @Revision("1")
    record FinancingDeclined(FinancingId financingId, PartyId declinedBy, List<String> reasons, LocalDate businessDate)
            implements FinancingEvent {

        public FinancingDeclined {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The funder paid the financing out (same unit of work as the program's {@code PrincipalDrawn}). The schedule is
     * fixed from here on, except by an early repayment.
     *
     * @param upfrontInterest interest deducted from the payout (DISCOUNT), zero otherwise
     * @param disbursedAmount what the member received: principal − upfront interest
     */
    @Revision("1")
    record FinancingDisbursed(
            FinancingId financingId,
            ProgramId programId,
            PartyId member,
            Money principal,
            Money upfrontInterest,
            Money disbursedAmount,
            Schedule schedule,
            LocalDate businessDate,
            PartyId disbursedBy) implements FinancingEvent {
    }

    /**
     * Money received and where it went: {@code toPenaltyInterest + toInterest + toPrincipal} settled what was due on
     * {@code businessDate}; {@code principalPrepaid + interestForDaysUsed} is the early repayment beyond it, after
     * which {@code rescheduled} replaces the schedule. The principal parts restore the line in the same unit of work
     * (the program's {@code PrincipalRepaid}).
     *
     * @param unearnedInterestRefund for a DISCOUNT prepaid early, the up-front interest owed back to the member
     * @param outstandingPrincipal principal still owed after this repayment
     */
    @Revision("1")
    record FinancingRepaid(
            FinancingId financingId,
            ProgramId programId,
            PartyId member,
            Money amount,
            Money toPenaltyInterest,
            Money toInterest,
            Money toPrincipal,
            Money principalPrepaid,
            Money interestForDaysUsed,
            Money unearnedInterestRefund,
            @Nullable EarlyRepaymentOption earlyRepayment,
            @Nullable Schedule rescheduled,
            Money outstandingPrincipal,
            LocalDate businessDate,
            PartyId recordedBy) implements FinancingEvent {
    }

    /** Nothing is owed any more; follows the {@code FinancingRepaid} that repaid the last principal. */
    @Revision("1")
    record FinancingRepaidInFull(
            FinancingId financingId, ProgramId programId, PartyId member, Money principal, LocalDate businessDate)
            implements FinancingEvent {
    }

    /**
     * Collection status as of {@code businessDate} (post-loan monitoring): recorded when the financing enters another
     * ageing bucket or another installment falls overdue.
     *
     * @param installmentsPastDue installments whose due date is before {@code businessDate}
     * @param penaltyInterest penalty interest accrued and not paid, booked as of {@code businessDate}
     */
    @Revision("1")
    record FinancingOverdue(
            FinancingId financingId,
            ProgramId programId,
            PartyId member,
            long daysPastDue,
            AgeingBucket bucket,
            int installmentsPastDue,
            Money overduePrincipal,
            Money dueInterest,
            Money penaltyInterest,
            LocalDate businessDate) implements FinancingEvent {
    }

    /**
     * The funder recognised the financing as a loss. The principal stays outstanding on the member's line (the member
     * still owes it and cannot draw it again); recoveries come as {@code FinancingRepaid}.
     */
    @Revision("1")
    record FinancingWrittenOff(
            FinancingId financingId,
            ProgramId programId,
            PartyId member,
            Money outstandingPrincipal,
            Money dueInterest,
            Money penaltyInterest,
            long daysPastDue,
            String reason,
            LocalDate businessDate,
            PartyId writtenOffBy) implements FinancingEvent {
    }
    /**
     * What a receivable financing (kind {@code RECEIVABLE}) assigns, written right after its {@code FinancingRequested}
     * or {@code FinancingRequestRefused} in the same unit of work: the receivable (encumbered for this financing when
     * requested, untouched when refused), its balance, the program's advance rate for receivables ({@code null} when the
     * program does not accept them), the maximum advance (balance × rate, booked half-even), the interest mode and the
     * receivable's maturity, which is the financing's.
     */
    @Revision("1")
    record ReceivableFinancingTerms(
            FinancingId financingId,
            ReceivableId receivableId,
            ReceivableInterestMode interestMode,
            Money receivableBalance,
            @Nullable AdvanceRate advanceRate,
            Money maximumAdvance,
            LocalDate maturityDate,
            LocalDate businessDate) implements FinancingEvent {
    }

    /**
     * The debtor paid the receivable that a receivable financing assigned (same unit of work as the receivable's
     * {@code ReceivablePartSettled}, paid to the funder): {@code toFinancing} repaid the financing (the
     * {@code FinancingRepaid} before this event allocates it penalty → interest → principal), {@code toSupplier}
     * (= received − toFinancing) is owed by the funder to {@code paidTo}, the holder that assigned the receivable.
     */
    @Revision("1")
    record ReceivableProceedsApplied(
            FinancingId financingId,
            ProgramId programId,
            ReceivableId receivableId,
            PartyId member,
            Money received,
            Money toFinancing,
            Money toSupplier,
            PartyId paidTo,
            LocalDate businessDate) implements FinancingEvent {
    }
}
