package org.scfledger.projections.financing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.financing.FinancingEvent;
import org.scfledger.core.financing.FinancingEvent.FinancingApproved;
import org.scfledger.core.financing.FinancingEvent.FinancingDeclined;
import org.scfledger.core.financing.FinancingEvent.FinancingDisbursed;
import org.scfledger.core.financing.FinancingEvent.FinancingOverdue;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaid;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaidInFull;
import org.scfledger.core.financing.FinancingEvent.FinancingRequestRefused;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.core.financing.FinancingEvent.FinancingWrittenOff;
import org.scfledger.core.financing.FinancingEvent.ReceivableFinancingTerms;
import org.scfledger.core.financing.FinancingEvent.ReceivableProceedsApplied;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.lending.LoanPosition;
import org.scfledger.core.lending.PenaltyPolicy;
import org.scfledger.core.lending.Repayment;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.lending.Schedule;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.projections.Lists;

/**
 * A financing as the financing book folds it.
 *
 * @param pricing the program's pricing copied into the request; null for a refused request
 * @param schedule the schedule in force: the disbursement's, or the one an early repayment put in its place
 * @param repaymentsSinceSchedule the repayments the position replays against {@code schedule}
 * @param oldestUnpaidDue the earliest due date with principal or interest unpaid: days past due on any later date
 *                        count from it (null when nothing scheduled is unpaid)
 */
public record FinancingState(
        FinancingId financingId,
        FinancingKind kind,
        ProgramId programId,
        PartyId member,
        PartyId funder,
        Money amount,
        RepaymentMethod method,
        FinancingTenor tenor,
        @Nullable ProgramPricing pricing,
        LocalDate requestedOn,
        FinancingStatus status,
        @Nullable Decision decision,
        @Nullable Disbursement disbursement,
        @Nullable Schedule schedule,
        List<Repayment> repaymentsSinceSchedule,
        List<RepaymentRecord> repayments,
        Paid paid,
        Money outstandingPrincipal,
        @Nullable LocalDate oldestUnpaidDue,
        @Nullable OverdueReport lastOverdue,
        @Nullable WriteOff writeOff,
        @Nullable LocalDate repaidOn,
        @Nullable ReceivableAssignment receivable,
        LocalDate lastBusinessDate) {

    public FinancingState {
        repaymentsSinceSchedule = List.copyOf(repaymentsSinceSchedule);
        repayments = List.copyOf(repayments);
    }

    static FinancingState requested(FinancingRequested e) {
        return new FinancingState(e.financingId(), e.kind(), e.programId(), e.member(), e.funder(), e.amount(),
                e.method(), e.tenor(), e.pricing(), e.businessDate(), FinancingStatus.REQUESTED, null, null, null,
                List.of(), List.of(), Paid.none(e.amount().currency()), Money.zero(e.amount().currency()), null, null,
                null, null, null, e.businessDate());
    }

    static FinancingState refused(FinancingRequestRefused e) {
        return new FinancingState(e.financingId(), e.kind(), e.programId(), e.member(), e.funder(), e.amount(),
                e.method(), e.tenor(), null, e.businessDate(), FinancingStatus.REFUSED,
                new Decision(FinancingStatus.REFUSED, e.code(), e.reasons(), null, e.businessDate()), null, null,
                List.of(), List.of(), Paid.none(e.amount().currency()), Money.zero(e.amount().currency()), null, null,
                null, null, null, e.businessDate());
    }

    /** The fold: this financing after {@code event}, one of its own. */
    FinancingState apply(FinancingEvent event) {
        Draft next = new Draft(this);
        if (event instanceof FinancingApproved e) {
            next.status = FinancingStatus.APPROVED;
            next.decision = new Decision(FinancingStatus.APPROVED, null, e.reasons(), e.approvedBy(), e.businessDate());
            next.lastBusinessDate = e.businessDate();
        } else if (event instanceof FinancingDeclined e) {
            next.status = FinancingStatus.DECLINED;
            next.decision = new Decision(FinancingStatus.DECLINED, null, e.reasons(), e.declinedBy(), e.businessDate());
            next.lastBusinessDate = e.businessDate();
        } else if (event instanceof FinancingDisbursed e) {
            next.status = FinancingStatus.DISBURSED;
            next.disbursement = new Disbursement(e.principal(), e.upfrontInterest(), e.disbursedAmount(), e.schedule(),
                    e.businessDate(), e.disbursedBy());
            next.schedule = e.schedule();
            next.repaymentsSinceSchedule = List.of();
            next.outstandingPrincipal = e.principal();
            next.lastBusinessDate = e.businessDate();
        } else if (event instanceof FinancingRepaid e) {
            RepaymentRecord record = new RepaymentRecord(e.businessDate(), e.amount(), e.toPenaltyInterest(),
                    e.toInterest(), e.toPrincipal(), e.principalPrepaid(), e.interestForDaysUsed(),
                    e.unearnedInterestRefund(), e.earlyRepayment(), e.outstandingPrincipal(), e.recordedBy());
            next.repayments = Lists.append(repayments, record);
            next.paid = paid.plus(record);
            next.outstandingPrincipal = e.outstandingPrincipal();
            if (e.rescheduled() != null) {
                next.schedule = e.rescheduled();
                next.repaymentsSinceSchedule = List.of();
            } else {
                next.repaymentsSinceSchedule = Lists.append(repaymentsSinceSchedule, new Repayment(e.businessDate(), e.amount()));
            }
            next.lastBusinessDate = e.businessDate();
        } else if (event instanceof FinancingRepaidInFull e) {
            next.status = FinancingStatus.REPAID;
            next.repaidOn = e.businessDate();
            next.lastBusinessDate = e.businessDate();
        } else if (event instanceof FinancingOverdue e) {
            next.lastOverdue = new OverdueReport(e.daysPastDue(), e.bucket(), e.installmentsPastDue(),
                    e.overduePrincipal(), e.penaltyInterest(), e.businessDate());
            next.lastBusinessDate = e.businessDate();
        } else if (event instanceof FinancingWrittenOff e) {
            next.status = FinancingStatus.WRITTEN_OFF;
            next.writeOff = new WriteOff(e.outstandingPrincipal(), e.dueInterest(), e.penaltyInterest(),
                    e.daysPastDue(), e.reason(), e.businessDate(), e.writtenOffBy());
            next.lastBusinessDate = e.businessDate();
        } else if (event instanceof ReceivableFinancingTerms e) {
            next.receivable = new ReceivableAssignment(e.receivableId(), e.interestMode(), e.receivableBalance(),
                    e.advanceRate(), e.maximumAdvance(), e.maturityDate(), null, null, null, null, null);
        } else if (event instanceof ReceivableProceedsApplied e && receivable != null) {
            next.receivable = receivable.proceeds(e.received(), e.toFinancing(), e.toSupplier(), e.paidTo(),
                    e.businessDate());
            next.lastBusinessDate = e.businessDate();
        }
        next.oldestUnpaidDue = next.schedule == null || next.status == FinancingStatus.REPAID ? null
                : LoanPosition.oldestUnpaidDue(next.schedule, next.repaymentsSinceSchedule, penaltyPolicy())
                        .orElse(null);
        return next.build();
    }

    /** The penalty the program's pricing sets: by default 1.5 × the contract rate. */
    public PenaltyPolicy penaltyPolicy() {
        return pricing == null ? PenaltyPolicy.DEFAULT : new PenaltyPolicy(pricing.penaltyMultiplier());
    }

    /** Whether money is owed on it: disbursed (or written off) and not yet repaid in full. */
    public boolean isOpen() {
        return status == FinancingStatus.DISBURSED || status == FinancingStatus.WRITTEN_OFF;
    }


    /** A mutable copy for one step of the fold: only the fields an event changes are assigned. */
    private static final class Draft {
        private final FinancingState from;
        FinancingStatus status;
        @Nullable Decision decision;
        @Nullable Disbursement disbursement;
        @Nullable Schedule schedule;
        List<Repayment> repaymentsSinceSchedule;
        List<RepaymentRecord> repayments;
        Paid paid;
        Money outstandingPrincipal;
        @Nullable LocalDate oldestUnpaidDue;
        @Nullable OverdueReport lastOverdue;
        @Nullable WriteOff writeOff;
        @Nullable LocalDate repaidOn;
        @Nullable ReceivableAssignment receivable;
        LocalDate lastBusinessDate;

        Draft(FinancingState from) {
            this.from = from;
            status = from.status;
            decision = from.decision;
            disbursement = from.disbursement;
            schedule = from.schedule;
            repaymentsSinceSchedule = from.repaymentsSinceSchedule;
            repayments = from.repayments;
            paid = from.paid;
            outstandingPrincipal = from.outstandingPrincipal;
            oldestUnpaidDue = from.oldestUnpaidDue;
            lastOverdue = from.lastOverdue;
            writeOff = from.writeOff;
            repaidOn = from.repaidOn;
            receivable = from.receivable;
            lastBusinessDate = from.lastBusinessDate;
        }

        FinancingState build() {
            return new FinancingState(from.financingId, from.kind, from.programId, from.member, from.funder,
                    from.amount, from.method, from.tenor, from.pricing, from.requestedOn, status, decision,
                    disbursement, schedule, repaymentsSinceSchedule, repayments, paid, outstandingPrincipal,
                    oldestUnpaidDue, lastOverdue, writeOff, repaidOn, receivable, lastBusinessDate);
        }
    }
}
