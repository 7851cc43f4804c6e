package org.scfledger.commands.receivable;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.asset.EncumbranceKind;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.DisputeReceivable;
import org.scfledger.core.receivable.EncumberReceivable;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableConfirmed;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableFellDue;
import org.scfledger.core.receivable.RecordReceivableDue;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableDisputeResolved;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableDisputed;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableEncumbered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartCreated;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableRegistered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableReleased;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSplit;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableTransferred;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.ReceivablePart;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.receivable.ReleaseReceivable;
import org.scfledger.core.receivable.ResolveDispute;
import org.scfledger.core.receivable.SettleReceivable;
import org.scfledger.core.receivable.SplitPart;
import org.scfledger.core.receivable.SplitReceivable;
import org.scfledger.core.receivable.ThreeWayMatch;
import org.scfledger.core.receivable.TransferReceivable;
import org.scfledger.core.rules.NotPermitted;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;

/**
 * A receivable on the core enterprise, or a part split from one. It has one holder and a balance, and backs at most
 * one financing or line at a time: two requests to encumber it are two appends at the same aggregate sequence, of which
 * the journal lets one through on any number of instances (ADR 0003, point 1); the other is retried against the new
 * state and refused here ({@code receivable-already-encumbered}).
 *
 * <p>A receivable is split at most once, whole: its balance goes to its parts, which carry on its life (transfer,
 * pledge, split again, settlement); a split receivable itself can no longer move. Confirmed by
 * {@link ReceivableConfirmation}, split by {@link ReceivableSplitting}, settled by {@link ReceivableSettlement}.
 */
public class Receivable {

    @AggregateIdentifier
    private ReceivableId receivableId;
    private ReceivableId originalId;
    private ProgramId programId;
    private PartyId creditor;
    private PartyId debtor;
    private PartyId holder;
    private Money faceAmount;
    private Money balance;
    private LocalDate maturityDate;
    private LocalDate since;
    private @Nullable OrderId orderId;
    private List<InvoiceId> invoiceIds = List.of();
    private @Nullable LocalDate confirmedOn;
    private boolean disputed;
    private @Nullable Encumbrance encumbrance;
    private @Nullable LocalDate encumberedOn;
    private List<ReceivableId> parts = List.of();
    private boolean settled;
    private boolean fellDue;

    protected Receivable() {
        // rebuilt from its events
    }

    /**
     * The creditor registers what the debtor owes it; it holds the receivable from now on. Sent through
     * {@link ReceivableRegistration}, which links the invoices in the same unit of work.
     */
    Receivable(RegisterReceivable command) {
        NotPermitted.unless(command.actingParty().equals(command.creditor()), command.actingParty(),
                "only the creditor " + command.creditor() + " registers its receivable");
        apply(new ReceivableRegistered(command.receivableId(), command.creditor(), command.debtor(), command.faceAmount(),
                command.maturityDate(), command.invoiceIds(), command.orderId(), command.programId(), command.registeredOn()));
    }

    /** A part created by {@link ReceivableSplitting}, in the same unit of work as its parent's {@link ReceivableSplit}. */
    Receivable(ReceivablePartCreated created) {
        apply(created);
    }

    // ------------------------------------------------------------------ confirmation (三方匹配, 确权)

    /** What the three-way match compares, once the acting party and the state allow a confirmation. */
    record Claim(ReceivableId receivableId, PartyId creditor, PartyId debtor, Money faceAmount, OrderId orderId,
            List<InvoiceId> invoiceIds, ProgramId programId) {
    }

    /** Checks that {@code command} may confirm this receivable, and says what must match. Changes nothing. */
    Claim claimToConfirm(ConfirmReceivable command) {
        NotPermitted.unless(command.actingParty().equals(debtor), command.actingParty(),
                "only the debtor " + debtor + " confirms the receivable");
        if (confirmedOn != null) {
            throw new RuleViolation("receivable-already-confirmed", "receivable " + receivableId + " was confirmed on " + confirmedOn);
        }
        refuseIfSettled();
        refuseIfDisputed();
        notBefore(command.confirmedOn(), since, "the receivable is confirmed", "it was registered");
        return new Claim(receivableId, creditor, debtor, faceAmount, java.util.Objects.requireNonNull(orderId), invoiceIds, programId);
    }

    /** Called by {@link ReceivableConfirmation} once the three-way match has passed. */
    void confirm(ConfirmReceivable command, ThreeWayMatch match) {
        claimToConfirm(command);
        apply(new ReceivableConfirmed(receivableId, debtor, match, command.confirmedOn()));
    }

    // ------------------------------------------------------------------ disputes

    @CommandHandler
    void handle(DisputeReceivable command) {
        NotPermitted.unless(command.actingParty().equals(debtor), command.actingParty(),
                "only the debtor " + debtor + " disputes the receivable");
        refuseIfSettled();
        refuseIfSplit();
        if (disputed) {
            throw new RuleViolation("receivable-already-disputed", "receivable " + receivableId + " is disputed already");
        }
        notBefore(command.disputedOn(), since, "the receivable is disputed", "it came into being");
        apply(new ReceivableDisputed(receivableId, debtor, command.reason(), command.disputedOn()));
    }

    @CommandHandler
    void handle(ResolveDispute command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(debtor) || acting.equals(PartyId.OPERATOR), acting,
                "only the debtor " + debtor + " or the operator resolves a dispute");
        if (!disputed) {
            throw new RuleViolation("receivable-not-disputed", "receivable " + receivableId + " is not disputed");
        }
        notBefore(command.resolvedOn(), since, "the dispute is resolved", "the receivable came into being");
        apply(new ReceivableDisputeResolved(receivableId, acting, command.resolution(), command.resolvedOn()));
    }

    // ------------------------------------------------------------------ down the chain

    @CommandHandler
    void handle(TransferReceivable command) {
        requireHolder(command.actingParty(), "transfers");
        refuseUnlessMovable(command.transferredOn(), "transferred");
        if (command.newHolder().equals(holder)) {
            throw new RuleViolation("receivable-same-holder", command.newHolder() + " holds receivable " + receivableId + " already");
        }
        refuseIfDebtor(command.newHolder());
        apply(new ReceivableTransferred(receivableId, holder, command.newHolder(), balance, command.transferredOn()));
    }

    /** Splits the whole balance into parts; returns the parts' creation events for {@link ReceivableSplitting} to apply. */
    List<ReceivablePartCreated> split(SplitReceivable command) {
        requireHolder(command.actingParty(), "splits");
        refuseUnlessMovable(command.splitOn(), "split");
        List<ReceivablePart> split = new ArrayList<>();
        List<ReceivablePartCreated> created = new ArrayList<>();
        Money total = Money.zero(balance.currency());
        int n = 0;
        for (SplitPart part : command.parts()) {
            if (!part.amount().currency().equals(balance.currency())) {
                throw new RuleViolation("currency-mismatch", "receivable " + receivableId + " is in " + balance.currency()
                        + ", a part in " + part.amount().currency());
            }
            refuseIfDebtor(part.holder());
            total = total.plus(part.amount());
            ReceivableId partId = receivableId.part(++n);
            split.add(new ReceivablePart(partId, part.holder(), part.amount()));
            created.add(new ReceivablePartCreated(partId, receivableId, originalId, programId, debtor, part.holder(), part.amount(),
                    maturityDate, java.util.Objects.requireNonNull(confirmedOn), command.splitOn()));
        }
        if (!total.equals(balance)) {
            throw new RuleViolation("split-not-conserving", "the parts sum to " + total + ", receivable " + receivableId
                    + " has a balance of " + balance + ": a split hands on the whole balance, exactly");
        }
        apply(new ReceivableSplit(receivableId, holder, balance, split, command.splitOn()));
        return created;
    }

    // ------------------------------------------------------------------ pledging

    /** The one rule for backing something: the holder pledges a confirmed, undisputed, unsplit, unsettled receivable not yet due, once. */
    private void requireEncumberable(EncumberReceivable command) {
        requireHolder(command.actingParty(), "pledges");
        refuseUnlessConfirmed();
        refuseIfSettled();
        refuseIfSplit();
        refuseIfDisputed();
        refuseIfDue(command.encumberedOn(), "pledged");
        if (encumbrance != null) {
            throw new RuleViolation("receivable-already-encumbered", "receivable " + receivableId + " already backs " + describe(encumbrance));
        }
        notBefore(command.encumberedOn(), since, "the receivable is pledged", "it came into being");
    }

    @CommandHandler
    void handle(EncumberReceivable command) {
        requireEncumberable(command);
        apply(new ReceivableEncumbered(receivableId, command.encumbrance(), balance, command.actingParty(), command.encumberedOn()));
    }

    /**
     * Records that the receivable reached its maturity unpaid; returns what it backs now (if anything), so that the
     * caller ({@code pledge.ReceivableMaturity}) can take it off a credit line in the same unit of work.
     */
    public @Nullable Encumbrance fallDue(RecordReceivableDue command) {
        NotPermitted.unless(command.actingParty().equals(PartyId.OPERATOR), command.actingParty(),
                "only the operator, who runs the business calendar, records a receivable as due");
        if (settled) {
            throw new RuleViolation("receivable-settled", "receivable " + receivableId + " is settled");
        }
        if (fellDue) {
            throw new RuleViolation("receivable-already-due", "receivable " + receivableId + " was already recorded as due");
        }
        if (command.businessDate().isBefore(maturityDate)) {
            throw new RuleViolation("receivable-not-due", "receivable " + receivableId + " matures on " + maturityDate
                    + ", not by " + command.businessDate());
        }
        apply(new ReceivableFellDue(receivableId, maturityDate, command.businessDate()));
        return encumbrance;
    }

    /** Sent through {@code pledge.AssetReleases}, which takes a line-backed receivable off its line in the same unit of work. */
    public void handle(ReleaseReceivable command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(command.encumbrance().holder()) || acting.equals(PartyId.OPERATOR), acting,
                "only the holder of the encumbrance or the operator releases the receivable");
        if (encumbrance == null || encumberedOn == null) {
            throw new RuleViolation("receivable-not-encumbered", "receivable " + receivableId + " backs nothing");
        }
        if (!encumbrance.equals(command.encumbrance())) {
            throw new RuleViolation("encumbrance-mismatch", "receivable " + receivableId + " backs " + describe(encumbrance)
                    + ", not " + describe(command.encumbrance()));
        }
        notBefore(command.releasedOn(), encumberedOn, "the receivable is released", "it was encumbered");
        apply(new ReceivableReleased(receivableId, command.encumbrance(), acting, command.releasedOn()));
    }

    /**
     * Encumbers the receivable for a pledging flow in another package ({@code PledgeAssetToLine}), by the same rules as
     * {@link EncumberReceivable}, and returns what it counts on a line: its outstanding face (its balance).
     */
    public Money encumberForLine(EncumberReceivable command) {
        handle(command);
        return balance;
    }

    /** Who holds the receivable (or part) now. */
    public PartyId holder() {
        return holder;
    }

    /** The registered receivable this is, or that it was split from. */
    public ReceivableId originalId() {
        return originalId;
    }

    /** The invoices the receivable rests on (none for a part split from one: they stay with the registered receivable). */
    public List<InvoiceId> invoiceIds() {
        return invoiceIds;
    }

    /** What a receivable financing needs to know of a receivable that may be encumbered for it. */
    public record Financeable(ReceivableId receivableId, ProgramId programId, PartyId holder, Money balance,
            LocalDate maturityDate) {
    }

    /**
     * Checks, without changing anything, that {@code command} would encumber this receivable: the same rules, in the
     * same order, as {@link EncumberReceivable} (holder, confirmed, not settled, not split, undisputed, not due, not
     * encumbered, date). A receivable financing asks before it reserves on the program, so that a receivable refusal is
     * thrown with nothing written, and then sends the {@link EncumberReceivable} itself in the same unit of work.
     */
    public Financeable financeable(EncumberReceivable command) {
        requireEncumberable(command);
        return new Financeable(receivableId, programId, holder, balance, maturityDate);
    }

    // ------------------------------------------------------------------ settlement (by ReceivableSettlement)

    /** On the registered receivable: checks that the debtor may pay it now, in full; returns its parts (none if not split). */
    List<ReceivableId> partsToSettle(SettleReceivable command) {
        NotPermitted.unless(command.actingParty().equals(debtor), command.actingParty(),
                "only the debtor " + debtor + " settles the receivable");
        refuseUnlessConfirmed();
        refuseIfSettled();
        if (!command.amount().equals(faceAmount)) {
            throw new RuleViolation("settlement-amount-mismatch", "receivable " + receivableId + " is settled by paying its face, "
                    + faceAmount + ", in full, not " + command.amount());
        }
        if (command.paidOn().isBefore(maturityDate)) {
            throw new RuleViolation("receivable-not-due", "receivable " + receivableId + " matures on " + maturityDate
                    + ", it cannot be settled on " + command.paidOn());
        }
        return parts;
    }

    /** The parts this was split into; none if it was not split (then it is itself a part to be paid). */
    List<ReceivableId> parts() {
        return parts;
    }

    /** Clears the payment for this unsplit receivable or part to its holder, or to the funder that finances it. */
    void settlePart(SettleReceivable command) {
        refuseIfSettled();
        refuseIfDisputed();
        PartyId paidTo = encumbrance != null && encumbrance.kind() == EncumbranceKind.FINANCING ? encumbrance.holder() : holder;
        apply(new ReceivablePartSettled(receivableId, originalId, holder, paidTo, balance, encumbrance, command.paidOn()));
    }

    /** What {@link #settlePart} will pay to the funder of a FINANCING encumbrance; {@code null} when it pays the holder. */
    @Nullable FinancedPartPaid financedPart(SettleReceivable command) {
        if (settled || encumbrance == null || encumbrance.kind() != EncumbranceKind.FINANCING) {
            return null;
        }
        return new FinancedPartPaid(receivableId, originalId, holder, encumbrance, balance, command.paidOn(), command.actingParty());
    }

    /** The credit line this unsplit receivable or part backs, if any, and its holder; {@code null} otherwise or once settled. */
    @Nullable LineBacked lineBacked() {
        if (settled || encumbrance == null || encumbrance.kind() != EncumbranceKind.CREDIT_LINE) {
            return null;
        }
        return new LineBacked(receivableId, holder, encumbrance);
    }

    /** A receivable or part that counts on the line its {@code encumbrance} names, on {@code holder}'s line. */
    record LineBacked(ReceivableId receivableId, PartyId holder, Encumbrance encumbrance) {
    }

    /** Records the debtor's payment on the registered receivable, once every part has been paid. */
    void settle(SettleReceivable command, int partsSettled) {
        apply(new ReceivableSettled(receivableId, debtor, command.amount(), partsSettled, command.paidOn()));
    }

    // ------------------------------------------------------------------ rules shared by the commands

    private void requireHolder(PartyId acting, String what) {
        NotPermitted.unless(acting.equals(holder), acting, "only the holder " + holder + " " + what + " receivable " + receivableId);
    }

    /** Split or transfer: confirmed, its own (not split, not settled), undisputed, unpledged, not yet due. */
    private void refuseUnlessMovable(LocalDate date, String what) {
        refuseUnlessConfirmed();
        refuseIfSettled();
        refuseIfSplit();
        refuseIfDisputed();
        if (encumbrance != null) {
            throw new RuleViolation("receivable-encumbered", "receivable " + receivableId + " backs " + describe(encumbrance)
                    + ": it cannot be " + what + " until released");
        }
        refuseIfDue(date, what);
        notBefore(date, since, "the receivable is " + what, "it came into being");
    }

    private void refuseUnlessConfirmed() {
        if (confirmedOn == null) {
            throw new RuleViolation("receivable-not-confirmed", "receivable " + receivableId + " is not confirmed by its debtor " + debtor);
        }
    }

    private void refuseIfSettled() {
        if (settled) {
            throw new RuleViolation("receivable-settled", "receivable " + receivableId + " is settled");
        }
    }

    private void refuseIfSplit() {
        if (!parts.isEmpty()) {
            throw new RuleViolation("receivable-split", "receivable " + receivableId + " was split into " + parts
                    + ": its parts carry on");
        }
    }

    private void refuseIfDisputed() {
        if (disputed) {
            throw new RuleViolation("receivable-disputed", "receivable " + receivableId + " is disputed by its debtor " + debtor);
        }
    }

    private void refuseIfDue(LocalDate date, String what) {
        if (!date.isBefore(maturityDate)) {
            throw new RuleViolation("receivable-due", "receivable " + receivableId + " matures on " + maturityDate
                    + ": it cannot be " + what + " on " + date);
        }
    }

    private void refuseIfDebtor(PartyId newHolder) {
        if (newHolder.equals(debtor)) {
            throw new RuleViolation("holder-is-debtor", debtor + " owes receivable " + receivableId + " and cannot hold it");
        }
    }

    private static void notBefore(LocalDate date, LocalDate earliest, String what, String since) {
        if (date.isBefore(earliest)) {
            throw new RuleViolation("date-out-of-order", what + " on " + date + ", before " + since + " on " + earliest);
        }
    }

    private static String describe(Encumbrance encumbrance) {
        return encumbrance.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + encumbrance.reference()
                + " held by " + encumbrance.holder();
    }

    // ------------------------------------------------------------------ event sourcing: assignments only

    @EventSourcingHandler
    void on(ReceivableFellDue event) {
        fellDue = true;
    }

    @EventSourcingHandler
    void on(ReceivableRegistered event) {
        receivableId = event.receivableId();
        originalId = event.receivableId();
        programId = event.programId();
        creditor = event.creditor();
        debtor = event.debtor();
        holder = event.creditor();
        faceAmount = event.faceAmount();
        balance = event.faceAmount();
        maturityDate = event.maturityDate();
        since = event.registeredOn();
        orderId = event.orderId();
        invoiceIds = event.invoiceIds();
    }

    @EventSourcingHandler
    void on(ReceivablePartCreated event) {
        receivableId = event.receivableId();
        originalId = event.originalId();
        programId = event.programId();
        creditor = event.holder();
        debtor = event.debtor();
        holder = event.holder();
        faceAmount = event.amount();
        balance = event.amount();
        maturityDate = event.maturityDate();
        since = event.createdOn();
        confirmedOn = event.confirmedOn();
    }

    @EventSourcingHandler
    void on(ReceivableConfirmed event) {
        confirmedOn = event.confirmedOn();
    }

    @EventSourcingHandler
    void on(ReceivableDisputed event) {
        disputed = true;
    }

    @EventSourcingHandler
    void on(ReceivableDisputeResolved event) {
        disputed = false;
    }

    @EventSourcingHandler
    void on(ReceivableSplit event) {
        parts = event.parts().stream().map(ReceivablePart::partId).toList();
        balance = Money.zero(balance.currency());
    }

    @EventSourcingHandler
    void on(ReceivableTransferred event) {
        holder = event.newHolder();
    }

    @EventSourcingHandler
    void on(ReceivableEncumbered event) {
        encumbrance = event.encumbrance();
        encumberedOn = event.encumberedOn();
    }

    @EventSourcingHandler
    void on(ReceivableReleased event) {
        encumbrance = null;
        encumberedOn = null;
    }

    @EventSourcingHandler
    void on(ReceivablePartSettled event) {
        settled = true;
        balance = Money.zero(balance.currency());
        encumbrance = null;
        encumberedOn = null;
    }

    @EventSourcingHandler
    void on(ReceivableSettled event) {
        settled = true;
    }
}
