package org.scfledger.commands.financing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.receivable.FinancedPartPaid;
import org.scfledger.commands.receivable.Receivable;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.financing.FinancingEvent.ReceivableFinancingTerms;
import org.scfledger.core.financing.FinancingEvent.ReceivableProceedsApplied;
import org.scfledger.core.financing.RequestReceivableFinancing;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.FinancingDecision;
import org.scfledger.core.financing.FinancingEvent.FinancingApproved;
import org.scfledger.core.financing.FinancingEvent.FinancingDeclined;
import org.scfledger.core.financing.FinancingEvent.FinancingDisbursed;
import org.scfledger.core.financing.FinancingEvent.FinancingOverdue;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaid;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaidInFull;
import org.scfledger.core.financing.FinancingEvent.FinancingRequestRefused;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.core.financing.FinancingEvent.FinancingWrittenOff;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.MarkOverdue;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.financing.WriteOffFinancing;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.lending.Allocation;
import org.scfledger.core.lending.EarlyRepayment;
import org.scfledger.core.lending.EarlyRepaymentOption;
import org.scfledger.core.lending.EarlyRepaymentResult;
import org.scfledger.core.lending.LoanPosition;
import org.scfledger.core.lending.PenaltyPolicy;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.lending.Repayment;
import org.scfledger.core.lending.Schedule;
import org.scfledger.core.lending.ScheduleCalculator;
import org.scfledger.core.lending.ScheduleTerms;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.rules.NotPermitted;
import org.scfledger.core.rules.RuleViolation;

/**
 * One financing, from request to repayment. The program's credit line is changed by the services that call this
 * aggregate ({@link DrawdownRequests}, {@link FinancingDecisions}, {@link FinancingRepayments}) in the same unit of
 * work; the schedule, position, penalty and ageing arithmetic is {@code org.scfledger.core.lending}'s.
 *
 * <p>The position is replayed from the schedule in force and the repayments since it took effect (disbursement, or
 * the latest early repayment, which replaces the schedule).
 */
public class Financing {

    @AggregateIdentifier
    private @Nullable FinancingId financingId;
    private @Nullable ProgramId programId;
    private @Nullable PartyId member;
    private @Nullable PartyId funder;
    private @Nullable Money amount;
    private @Nullable RepaymentMethod method;
    private @Nullable FinancingTenor tenor;
    private @Nullable ProgramPricing pricing;
    private Stage stage = Stage.REQUESTED;
    private boolean writtenOff;
    private @Nullable LocalDate latestDate;
    private @Nullable Schedule schedule;
    private final List<Repayment> repaymentsSinceSchedule = new ArrayList<>();
    private AgeingBucket reportedBucket = AgeingBucket.CURRENT;
    private int reportedInstallmentsPastDue;
    private @Nullable ReceivableId receivableId;

    protected Financing() {
        // rebuilt from its events
    }

    /**
     * A line drawdown request: requested (the program reserved its principal in this unit of work), or recorded as
     * refused by {@code refusal}.
     */
    Financing(RequestDrawdown command, PartyId funder, ProgramPricing pricing, @Nullable RuleViolation refusal) {
        if (refusal == null) {
            apply(new FinancingRequested(command.financingId(), FinancingKind.LINE_DRAWDOWN, command.programId(),
                    command.member(), funder, command.amount(), command.method(), command.tenor(), pricing,
                    command.businessDate()));
        } else {
            apply(new FinancingRequestRefused(command.financingId(), FinancingKind.LINE_DRAWDOWN, command.programId(),
                    command.member(), funder, command.amount(), command.method(), command.tenor(), refusal.code(),
                    List.of(Objects.requireNonNullElse(refusal.getMessage(), refusal.code())), command.businessDate()));
        }
    }

    /**
     * A receivable financing request (众链贷): requested (the program reserved its principal and the receivable is
     * encumbered for it in this unit of work), or recorded as refused by {@code refusal}; either way followed by the
     * terms it assigns ({@link ReceivableFinancingTerms}). One installment at the receivable's maturity: DISCOUNT or
     * BULLET, by the interest mode.
     */
    Financing(RequestReceivableFinancing command, PartyId funder, ProgramPricing pricing, Receivable.Financeable receivable,
            @Nullable AdvanceRate advanceRate, Money maximumAdvance, @Nullable RuleViolation refusal) {
        FinancingTenor tenor = FinancingTenor.maturingOn(receivable.maturityDate());
        RepaymentMethod method = command.interestMode().method();
        if (refusal == null) {
            apply(new FinancingRequested(command.financingId(), FinancingKind.RECEIVABLE, command.programId(),
                    command.actingParty(), funder, command.amount(), method, tenor, pricing, command.businessDate()));
        } else {
            apply(new FinancingRequestRefused(command.financingId(), FinancingKind.RECEIVABLE, command.programId(),
                    command.actingParty(), funder, command.amount(), method, tenor, refusal.code(),
                    List.of(Objects.requireNonNullElse(refusal.getMessage(), refusal.code())), command.businessDate()));
        }
        apply(new ReceivableFinancingTerms(command.financingId(), command.receivableId(), command.interestMode(),
                receivable.balance(), advanceRate, maximumAdvance, receivable.maturityDate(), command.businessDate()));
    }

    // ------------------------------------------------------------------ decided and disbursed (by the services)

    void decide(DecideFinancing command) {
        requireFunder(command.actingParty(), "decide on it");
        if (stage != Stage.REQUESTED) {
            throw new RuleViolation("financing-not-pending", "Financing " + id() + " is " + stage
                    + ", not awaiting a decision");
        }
        requireNotBefore(command.businessDate());
        if (command.decision() == FinancingDecision.APPROVE) {
            apply(new FinancingApproved(id(), command.actingParty(), command.reasons(), command.businessDate()));
        } else {
            apply(new FinancingDeclined(id(), command.actingParty(), command.reasons(), command.businessDate()));
        }
    }

    void disburse(DisburseFinancing command) {
        requireFunder(command.actingParty(), "disburse it");
        if (stage != Stage.APPROVED) {
            throw new RuleViolation("financing-not-approved", "Financing " + id() + " is " + stage
                    + "; only an approved financing is disbursed");
        }
        requireNotBefore(command.businessDate());
        FinancingTenor requested = Objects.requireNonNull(tenor);
        LocalDate maturity = requested.maturity();
        if (maturity != null && !maturity.isAfter(command.businessDate())) {
            throw new RuleViolation("maturity-passed", "Financing " + id() + " matures on " + maturity
                    + " and cannot be disbursed on " + command.businessDate());
        }
        ProgramPricing terms = pricing();
        Schedule fixed = ScheduleCalculator.schedule(Objects.requireNonNull(method), new ScheduleTerms(principal(),
                terms.annualRate(), terms.dayCount(), command.businessDate(), requested.toTenor()));
        apply(new FinancingDisbursed(id(), program(), borrower(), principal(), fixed.upfrontInterest(),
                fixed.disbursedAmount(), fixed, command.businessDate(), command.actingParty()));
    }

    // ------------------------------------------------------------------ repaid (by the service)

    /** Records a repayment; returns the principal it repaid, for the program's line. */
    Money repay(RepayFinancing command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(member) || acting.equals(funder), acting,
                "only the borrowing member or the funder may record a repayment of " + id());
        requireDisbursed();
        requireCurrency("amount", command.amount());
        requireNotBefore(command.businessDate());
        Schedule current = currentSchedule();
        LocalDate date = command.businessDate();
        List<Repayment> withThis = new ArrayList<>(repaymentsSinceSchedule);
        withThis.add(new Repayment(date, command.amount()));
        LoanPosition position = LoanPosition.asOf(current, withThis, date, penaltyPolicy());
        Allocation allocation = position.repayments().get(position.repayments().size() - 1).allocation();
        Money zero = Money.zero(principal().currency());
        EarlyRepaymentResult early = allocation.excess().isPositive()
                ? earlyRepayment(current, date, allocation.excess(), command.earlyRepayment()) : null;
        Money prepaid = early == null ? zero : early.principalPrepaid();
        Money outstanding = early == null ? position.outstandingPrincipal() : early.remaining().principal();
        apply(new FinancingRepaid(id(), program(), borrower(), command.amount(), allocation.toPenaltyInterest(),
                allocation.toInterest(), allocation.toPrincipal(), prepaid,
                early == null ? zero : early.interestForDaysUsed(),
                early == null ? zero : early.unearnedInterestRefund(),
                early == null ? null : early.option(), early == null ? null : early.remaining(), outstanding, date, acting));
        if (outstanding.isZero()) {
            apply(new FinancingRepaidInFull(id(), program(), borrower(), principal(), date));
        }
        return allocation.toPrincipal().plus(prepaid);
    }

    /**
     * What is beyond the dues repays principal early. Interest for the days used comes out of it first (for DISCOUNT
     * there is none: the whole excess is principal, and the unearned up-front interest is owed back). Everything due
     * is settled, or there would be no excess.
     */
    private EarlyRepaymentResult earlyRepayment(
            Schedule current, LocalDate date, Money excess, @Nullable EarlyRepaymentOption option) {
        boolean notYetDue = current.installments().stream().anyMatch(i -> i.dueDate().isAfter(date));
        if (!notYetDue) {
            throw new RuleViolation("repayment-exceeds-payoff", excess + " more than financing " + id()
                    + " owes on " + date);
        }
        Money balance = current.installments().stream().filter(i -> i.dueDate().isAfter(date)).findFirst()
                .orElseThrow().openingBalance();
        EarlyRepaymentResult payoff = EarlyRepayment.apply(current, date, balance,
                Objects.requireNonNullElse(option, EarlyRepaymentOption.SHORTEN_TERM));
        boolean discount = current.method() == RepaymentMethod.DISCOUNT;
        Money payoffAmount = discount ? balance : balance.plus(payoff.interestForDaysUsed());
        if (excess.isGreaterThan(payoffAmount)) {
            throw new RuleViolation("repayment-exceeds-payoff", "Financing " + id() + " is settled on " + date + " by "
                    + payoffAmount + " beyond what is due; " + excess.minus(payoffAmount) + " too much");
        }
        if (excess.compareTo(payoffAmount) == 0) {
            return payoff;
        }
        if (option == null) {
            throw new RuleViolation("early-repayment-choice-required", excess + " beyond what is due repays principal"
                    + " early: choose SHORTEN_TERM or LOWER_INSTALLMENT");
        }
        Money principalPrepaid = discount ? excess : excess.minus(payoff.interestForDaysUsed());
        if (!principalPrepaid.isPositive()) {
            throw new RuleViolation("early-repayment-below-interest", "An early repayment on " + date + " pays the "
                    + payoff.interestForDaysUsed() + " of interest for the days used first; " + excess + " repays no principal");
        }
        return EarlyRepayment.apply(current, date, principalPrepaid, option);
    }

    // ------------------------------------------------------------------ monitored and written off

    @CommandHandler
    void handle(MarkOverdue command) {
        NotPermitted.unless(command.actingParty().equals(PartyId.OPERATOR), command.actingParty(),
                "only the operator runs business-date processing");
        requireDisbursed();
        if (writtenOff) {
            throw new RuleViolation("financing-written-off", "Financing " + id() + " is written off");
        }
        requireNotBefore(command.businessDate());
        Schedule current = currentSchedule();
        LoanPosition position = LoanPosition.asOf(current, repaymentsSinceSchedule, command.businessDate(),
                penaltyPolicy());
        if (!position.isOverdue()) {
            return;
        }
        int pastDue = (int) current.installments().stream()
                .filter(i -> i.dueDate().isBefore(command.businessDate())).count();
        AgeingBucket bucket = position.ageing().bucket();
        if (bucket != reportedBucket || pastDue > reportedInstallmentsPastDue) {
            apply(new FinancingOverdue(id(), program(), borrower(), position.ageing().daysPastDue(), bucket, pastDue,
                    position.overduePrincipal(), position.dueInterest(), position.penaltyInterest(),
                    command.businessDate()));
        }
    }

    @CommandHandler
    void handle(WriteOffFinancing command) {
        requireFunder(command.actingParty(), "write it off");
        requireDisbursed();
        if (writtenOff) {
            throw new RuleViolation("financing-already-written-off", "Financing " + id() + " is already written off");
        }
        requireNotBefore(command.businessDate());
        LoanPosition position = LoanPosition.asOf(currentSchedule(), repaymentsSinceSchedule, command.businessDate(),
                penaltyPolicy());
        apply(new FinancingWrittenOff(id(), program(), borrower(), position.outstandingPrincipal(),
                position.dueInterest(), position.penaltyInterest(), position.ageing().daysPastDue(), command.reason(),
                command.businessDate(), command.actingParty()));
    }

    // ------------------------------------------------------------------ what the services need to know

    ProgramId programId() {
        return program();
    }

    PartyId funder() {
        return Objects.requireNonNull(funder, "financing not requested");
    }

    // ------------------------------------------------------------------ shared checks

    /** Whether nothing is owed any more ({@code FinancingRepaidInFull}). */
    boolean repaidInFull() {
        return stage == Stage.REPAID_IN_FULL;
    }

    /** The receivable a receivable financing assigned; {@code null} for a line drawdown. */
    @Nullable ReceivableId receivableId() {
        return receivableId;
    }

    /**
     * The debtor paid {@code paid.amount()} for the receivable this financing assigned (ReceivableSettlement's unit of
     * work). A disbursed financing is repaid from it, up to everything it owes on the payment date, through
     * {@link #repay} (penalty → interest → principal, {@code FinancingRepaid}, {@code FinancingRepaidInFull}); the rest
     * is owed to the holder that assigned the receivable ({@link ReceivableProceedsApplied}). Returns the principal
     * repaid, for the program's line.
     */
    Money applyReceivableProceeds(FinancedPartPaid paid) {
        requireCurrency("amount", paid.amount());
        Money zero = Money.zero(principal().currency());
        Money toFinancing = zero;
        Money principalRepaid = zero;
        if (stage == Stage.DISBURSED) {
            requireNotBefore(paid.paidOn());
            LoanPosition position = LoanPosition.asOf(currentSchedule(), repaymentsSinceSchedule, paid.paidOn(),
                    penaltyPolicy());
            toFinancing = Money.min(paid.amount(), position.payoffAmount().rounded());
            if (toFinancing.isPositive()) {
                principalRepaid = repay(new RepayFinancing(id(), toFinancing, null, paid.paidOn(), funder()));
            }
        }
        apply(new ReceivableProceedsApplied(id(), program(), paid.receivableId(), borrower(), paid.amount(), toFinancing,
                paid.amount().minus(toFinancing), paid.holder(), paid.paidOn()));
        return principalRepaid;
    }

    private void requireFunder(PartyId actingParty, String what) {
        NotPermitted.unless(actingParty.equals(funder), actingParty,
                "only the funder of financing " + id() + ", " + funder + ", may " + what);
    }

    private void requireDisbursed() {
        if (stage == Stage.REPAID_IN_FULL) {
            throw new RuleViolation("financing-repaid-in-full", "Financing " + id() + " is repaid in full");
        }
        if (stage != Stage.DISBURSED) {
            throw new RuleViolation("financing-not-disbursed", "Financing " + id() + " is " + stage + ", not disbursed");
        }
    }

    private void requireCurrency(String field, Money value) {
        if (!value.currency().equals(principal().currency())) {
            throw new RuleViolation("currency-mismatch", field + " is in " + value.currency().getCurrencyCode()
                    + " but financing " + id() + " is in " + principal().currency().getCurrencyCode());
        }
    }

    /** Business dates of one financing never go back: a correction is a new event, not a back-dated one. */
    private void requireNotBefore(LocalDate businessDate) {
        if (latestDate != null && businessDate.isBefore(latestDate)) {
            throw new RuleViolation("date-out-of-order", businessDate + " is before " + latestDate
                    + ", the latest business date of financing " + id());
        }
    }

    private PenaltyPolicy penaltyPolicy() {
        return new PenaltyPolicy(pricing().penaltyMultiplier());
    }

    private FinancingId id() {
        return Objects.requireNonNull(financingId, "financing not requested");
    }

    private ProgramId program() {
        return Objects.requireNonNull(programId, "financing not requested");
    }

    private PartyId borrower() {
        return Objects.requireNonNull(member, "financing not requested");
    }

    private Money principal() {
        return Objects.requireNonNull(amount, "financing not requested");
    }

    private ProgramPricing pricing() {
        return Objects.requireNonNull(pricing, "financing not requested");
    }

    private Schedule currentSchedule() {
        return Objects.requireNonNull(schedule, "financing not disbursed");
    }

    // ------------------------------------------------------------------ event sourcing: assignments only

    @EventSourcingHandler
    void on(FinancingRequested event) {
        financingId = event.financingId();
        programId = event.programId();
        member = event.member();
        funder = event.funder();
        amount = event.amount();
        method = event.method();
        tenor = event.tenor();
        pricing = event.pricing();
        stage = Stage.REQUESTED;
        latestDate = event.businessDate();
    }

    @EventSourcingHandler
    void on(FinancingRequestRefused event) {
        financingId = event.financingId();
        programId = event.programId();
        member = event.member();
        funder = event.funder();
        amount = event.amount();
        method = event.method();
        tenor = event.tenor();
        stage = Stage.REFUSED;
        latestDate = event.businessDate();
    }

    @EventSourcingHandler
    void on(FinancingApproved event) {
        stage = Stage.APPROVED;
        latestDate = event.businessDate();
    }

    @EventSourcingHandler
    void on(FinancingDeclined event) {
        stage = Stage.DECLINED;
        latestDate = event.businessDate();
    }

    @EventSourcingHandler
    void on(FinancingDisbursed event) {
        stage = Stage.DISBURSED;
        schedule = event.schedule();
        repaymentsSinceSchedule.clear();
        latestDate = event.businessDate();
    }

    @EventSourcingHandler
    void on(FinancingRepaid event) {
        if (event.rescheduled() != null) {
            schedule = event.rescheduled();
            repaymentsSinceSchedule.clear();
            reportedBucket = AgeingBucket.CURRENT;
            reportedInstallmentsPastDue = 0;
        } else {
            repaymentsSinceSchedule.add(new Repayment(event.businessDate(), event.amount()));
        }
        latestDate = event.businessDate();
    }

    @EventSourcingHandler
    void on(FinancingRepaidInFull event) {
        stage = Stage.REPAID_IN_FULL;
    }

    @EventSourcingHandler
    void on(FinancingOverdue event) {
        reportedBucket = event.bucket();
        reportedInstallmentsPastDue = event.installmentsPastDue();
        latestDate = event.businessDate();
    }

    @EventSourcingHandler
    void on(FinancingWrittenOff event) {
        writtenOff = true;
        latestDate = event.businessDate();
    }

    @EventSourcingHandler
    void on(ReceivableFinancingTerms event) {
        receivableId = event.receivableId();
    }

    @EventSourcingHandler
    void on(ReceivableProceedsApplied event) {
        latestDate = event.businessDate();
    }
}
