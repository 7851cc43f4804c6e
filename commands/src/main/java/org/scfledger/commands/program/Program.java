package org.scfledger.commands.program;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.LiveAsset;
import org.scfledger.core.credit.MemberLine;
import org.scfledger.core.credit.ProgramLine;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AddAssetToLine;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.ChangeMemberLimits;
import org.scfledger.core.program.ChangeProgramLimit;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.DrawReserved;
import org.scfledger.core.program.ExpireProgram;
import org.scfledger.core.program.ProgramEvent.DrawdownReserved;
import org.scfledger.core.program.ProgramEvent.LineAssetAdded;
import org.scfledger.core.program.ProgramEvent.LineAssetRemoved;
import org.scfledger.core.program.ProgramEvent.MemberAdmitted;
import org.scfledger.core.program.ProgramEvent.MemberLimitsChanged;
import org.scfledger.core.program.ProgramEvent.MemberReinstated;
import org.scfledger.core.program.ProgramEvent.MemberShortfallCured;
import org.scfledger.core.program.ProgramEvent.MemberShortfallDetected;
import org.scfledger.core.program.ProgramEvent.MemberSuspended;
import org.scfledger.core.program.ProgramEvent.PrincipalDrawn;
import org.scfledger.core.program.ProgramEvent.PrincipalRepaid;
import org.scfledger.core.program.ProgramEvent.ProgramCreated;
import org.scfledger.core.program.ProgramEvent.ProgramExpired;
import org.scfledger.core.program.ProgramEvent.ProgramLimitChanged;
import org.scfledger.core.program.ProgramEvent.ReservationReleased;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.RecordPrincipalRepaid;
import org.scfledger.core.program.ReinstateMember;
import org.scfledger.core.program.ReleaseReservation;
import org.scfledger.core.program.RemoveAssetFromLine;
import org.scfledger.core.program.ReserveDrawdown;
import org.scfledger.core.program.SuspendMember;
import org.scfledger.core.rules.NotPermitted;
import org.scfledger.core.rules.RuleViolation;

/**
 * One core enterprise's N+1+N program with a funder, and every member's credit line (ADR 0003): the program holds each
 * member's base limit, cap, live assets, reserved and outstanding principal, and enforces
 * <pre>
 * member limit      = min(member cap, base limit + Σ value × advance rate over live assets)
 * can draw now      = min(member limit − member used, program limit − Σ used of all members)
 * </pre>
 * where "used" is reserved + outstanding principal. Who may send what is documented on each command.
 *
 * <p>Snapshots (every 100 events, {@code WriteSide}) are this object's fields as JSON through {@code LedgerJson}.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public class Program {

    @AggregateIdentifier
    private @Nullable ProgramId programId;
    private @Nullable PartyId coreEnterprise;
    private @Nullable PartyId funder;
    private @Nullable Currency currency;
    private @Nullable Money programLimit;
    private @Nullable ProgramValidity validity;
    private AdvanceRates advanceRates = AdvanceRates.defaults();
    private java.math.BigDecimal matchTolerancePercent = java.math.BigDecimal.ZERO;
    @JsonSerialize(keyUsing = SnapshotKeys.PartyIdWriter.class)
    @JsonDeserialize(keyUsing = SnapshotKeys.PartyIdReader.class)
    private final Map<PartyId, MemberAccount> members = new HashMap<>();
    /** Every asset counting in the program, and the member whose line it backs: one asset counts once. */
    private final Map<String, PartyId> assetHolders = new HashMap<>();
    /** Financings with principal reserved or outstanding; fully repaid ones are forgotten. */
    @JsonSerialize(keyUsing = SnapshotKeys.FinancingIdWriter.class)
    @JsonDeserialize(keyUsing = SnapshotKeys.FinancingIdReader.class)
    private final Map<FinancingId, Drawing> drawings = new HashMap<>();

    protected Program() {
        // rebuilt from its events
    }

    // ------------------------------------------------------------------ the program

    /**
     * Creates the program; {@link ProgramParties} handles {@link CreateProgram} and calls this after checking the
     * program's own rule ({@link #checkCreation}) and the parties' registered roles.
     */
    public Program(CreateProgram command) {
        checkCreation(command);
        apply(new ProgramCreated(command.programId(), command.coreEnterprise(), command.funder(), command.currency(),
                command.programLimit(), command.validFrom(), command.validTo(), command.advanceRates(), command.pricing(),
                command.maxTenorDays(), command.matchTolerancePercent()));
    }

    @CommandHandler
    void handle(ChangeProgramLimit command) {
        requireFunder(command.actingParty(), "change the program limit");
        validity().requireNotExpired(id());
        requireProgramCurrency("programLimit", command.programLimit());
        apply(new ProgramLimitChanged(id(), limit(), command.programLimit()));
    }

    @CommandHandler
    void handle(ExpireProgram command) {
        NotPermitted.unless(command.actingParty().equals(funder) || command.actingParty().equals(PartyId.OPERATOR),
                command.actingParty(), "only the program's funder or the operator may expire it");
        validity().requireExpirableOn(id(), command.businessDate());
        apply(new ProgramExpired(id(), command.businessDate(), command.actingParty()));
    }

    // ------------------------------------------------------------------ members

    /** The program's own rule for {@link CreateProgram}: only the funder named in it creates the program. */
    public static void checkCreation(CreateProgram command) {
        NotPermitted.unless(command.actingParty().equals(command.funder()), command.actingParty(),
                "only the program's funder, " + command.funder() + ", may create it");
    }

    /**
     * {@link AdmitMember}, handled by {@link ProgramParties}: it calls {@link #checkAdmission} and checks the member's
     * registered role before this.
     */
    public void admitMember(AdmitMember command) {
        checkAdmission(command);
        apply(new MemberAdmitted(id(), command.member(), command.side(), command.baseLimit(), command.memberCap()));
    }

    /** The program's own rules for {@link AdmitMember}, without applying anything. */
    public void checkAdmission(AdmitMember command) {
        requireFunder(command.actingParty(), "admit members");
        validity().requireNotExpired(id());
        if (command.member().equals(coreEnterprise) || command.member().equals(funder)) {
            throw new RuleViolation("member-not-eligible", command.member()
                    + " is the program's core enterprise or funder and cannot be a member of it");
        }
        requireProgramCurrency("baseLimit", command.baseLimit());
        if (members.containsKey(command.member())) {
            throw new RuleViolation("member-already-admitted", command.member() + " is already a member of program " + id());
        }
    }

    @CommandHandler
    void handle(SuspendMember command) {
        requireFunder(command.actingParty(), "suspend members");
        if (member(command.member()).suspended()) {
            throw new RuleViolation("member-already-suspended", command.member() + " is already suspended");
        }
        apply(new MemberSuspended(id(), command.member(), command.reason()));
    }

    @CommandHandler
    void handle(ReinstateMember command) {
        requireFunder(command.actingParty(), "reinstate members");
        if (!member(command.member()).suspended()) {
            throw new RuleViolation("member-not-suspended", command.member() + " is not suspended");
        }
        apply(new MemberReinstated(id(), command.member(), command.reason()));
    }

    @CommandHandler
    void handle(ChangeMemberLimits command) {
        requireFunder(command.actingParty(), "change members' limits");
        member(command.member());
        requireProgramCurrency("baseLimit", command.baseLimit());
        apply(new MemberLimitsChanged(id(), command.member(), command.baseLimit(), command.memberCap(),
                command.businessDate()));
        reportShortfallChange(command.member(), command.businessDate());
    }

    // ------------------------------------------------------------------ the line's assets

    @CommandHandler
    void handle(AddAssetToLine command) {
        NotPermitted.unless(command.actingParty().equals(command.member()) || command.actingParty().equals(funder),
                command.actingParty(), "only the member itself or the program's funder may add an asset to its line");
        member(command.member());
        validity().requireNotEndedOn(id(), command.businessDate());
        requireProgramCurrency("valueCounted", command.valueCounted());
        AdvanceRate rate = advanceRates.rateFor(command.assetType()).orElseThrow(() -> new RuleViolation(
                "asset-type-not-eligible", command.assetType() + " is not an eligible asset type in program " + id()));
        PartyId holder = assetHolders.get(command.assetId());
        if (holder != null) {
            throw new RuleViolation("asset-already-on-line", "Asset " + command.assetId() + " already backs the line of "
                    + holder + " in program " + id() + "; an asset counts once");
        }
        Money contribution = command.valueCounted().times(rate.fraction()).rounded();
        apply(new LineAssetAdded(id(), command.member(), command.assetId(), command.assetType(), command.valueCounted(),
                rate, contribution, command.businessDate()));
        reportShortfallChange(command.member(), command.businessDate());
    }

    @CommandHandler
    void handle(RemoveAssetFromLine command) {
        PartyId acting = command.actingParty();
        boolean programParty = acting.equals(funder) || acting.equals(coreEnterprise) || acting.equals(PartyId.OPERATOR);
        NotPermitted.unless(programParty || members.containsKey(acting), acting,
                "only the member whose line the asset backs, the funder, the core enterprise or the operator may remove it");
        PartyId holder = assetHolders.get(command.assetId());
        if (holder == null) {
            throw new RuleViolation("asset-not-on-line", "Asset " + command.assetId() + " backs no line in program " + id());
        }
        NotPermitted.unless(programParty || acting.equals(holder), acting,
                "only the member whose line the asset backs, the funder, the core enterprise or the operator may remove it");
        LiveAsset asset = member(holder).assets().get(command.assetId());
        Money contribution = advanceRates.rateFor(asset.type())
                .map(rate -> asset.valueCounted().times(rate.fraction()).rounded())
                .orElse(Money.zero(asset.valueCounted().currency()));
        apply(new LineAssetRemoved(id(), holder, command.assetId(), asset.type(), contribution, command.reason(),
                command.businessDate(), acting));
        reportShortfallChange(holder, command.businessDate());
    }

    /** The program's funder: the holder of every encumbrance for a line in this program. */
    public PartyId programFunder() {
        if (funder == null) {
            throw new IllegalStateException("program " + programId + " has no funder");
        }
        return funder;
    }

    /** Whether {@code assetId} counts on a line in this program. */
    public boolean countsAsset(String assetId) {
        return assetHolders.containsKey(assetId);
    }

    /** {@link AddAssetToLine} for a flow in another package that changes the asset in the same unit of work. */
    public void addAssetToLine(AddAssetToLine command) {
        handle(command);
    }

    /** {@link RemoveAssetFromLine} for a flow in another package that changes the asset in the same unit of work. */
    public void removeAssetFromLine(RemoveAssetFromLine command) {
        handle(command);
    }

    // ------------------------------------------------------------------ drawing and repaying

    @CommandHandler
    void handle(ReserveDrawdown command) {
        NotPermitted.unless(command.actingParty().equals(command.member()), command.actingParty(),
                "only the member itself may ask for its own drawdown");
        MemberAccount account = member(command.member());
        requireProgramCurrency("amount", command.amount());
        validity().requireInForceOn(id(), command.businessDate());
        if (account.suspended()) {
            throw new RuleViolation("member-suspended", command.member() + " is suspended in program " + id());
        }
        if (drawings.containsKey(command.financingId())) {
            throw new RuleViolation("financing-already-reserved", "Financing " + command.financingId()
                    + " already has principal reserved or outstanding in program " + id());
        }
        DrawdownLimits.requireFits(command.member(), account.line(advanceRates), programLine(), command.amount());
        apply(new DrawdownReserved(id(), command.financingId(), command.member(), command.amount(),
                command.businessDate()));
    }

    @CommandHandler
    void handle(ReleaseReservation command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(funder) || members.containsKey(acting), acting,
                "only the member that reserved or the program's funder may release a reservation");
        Drawing drawing = reservation(command.financingId());
        NotPermitted.unless(acting.equals(funder) || acting.equals(drawing.member()), acting,
                "only the member that reserved or the program's funder may release a reservation");
        apply(new ReservationReleased(id(), command.financingId(), drawing.member(), drawing.reserved(), command.reason(),
                command.businessDate(), acting));
        reportShortfallChange(drawing.member(), command.businessDate());
    }

    @CommandHandler
    void handle(DrawReserved command) {
        requireFunder(command.actingParty(), "disburse");
        Drawing drawing = reservation(command.financingId());
        validity().requireNotEndedOn(id(), command.businessDate());
        apply(new PrincipalDrawn(id(), command.financingId(), drawing.member(), drawing.reserved(),
                command.businessDate()));
    }

    @CommandHandler
    void handle(RecordPrincipalRepaid command) {
        requireFunder(command.actingParty(), "record repayments");
        Drawing drawing = drawings.get(command.financingId());
        if (drawing == null || !drawing.isDrawn()) {
            throw new RuleViolation("financing-not-drawn", "Financing " + command.financingId()
                    + " has no outstanding principal in program " + id());
        }
        requireProgramCurrency("principal", command.principal());
        if (command.principal().isGreaterThan(drawing.outstanding())) {
            throw new RuleViolation("repayment-exceeds-outstanding", "A principal repayment of " + command.principal()
                    + " exceeds financing " + command.financingId() + "'s outstanding principal of " + drawing.outstanding());
        }
        apply(new PrincipalRepaid(id(), command.financingId(), drawing.member(), command.principal(),
                drawing.outstanding().minus(command.principal()), command.businessDate()));
        reportShortfallChange(drawing.member(), command.businessDate());
    }

    // ------------------------------------------------------------------ shared checks

    private void requireFunder(PartyId actingParty, String what) {
        NotPermitted.unless(actingParty.equals(funder), actingParty, "only the program's funder may " + what);
    }

    private void requireProgramCurrency(String field, Money amount) {
        if (!amount.currency().equals(currency)) {
            throw new RuleViolation("currency-mismatch", field + " is in " + amount.currency().getCurrencyCode()
                    + " but program " + id() + " lends in " + currency);
        }
    }

    private MemberAccount member(PartyId member) {
        MemberAccount account = members.get(member);
        if (account == null) {
            throw new RuleViolation("member-not-admitted", member + " is not a member of program " + id());
        }
        return account;
    }

    private Drawing reservation(FinancingId financingId) {
        Drawing drawing = drawings.get(financingId);
        if (drawing == null || !drawing.isReserved()) {
            throw new RuleViolation("reservation-not-found", "Financing " + financingId
                    + " has no principal reserved in program " + id());
        }
        return drawing;
    }

    private ProgramLine programLine() {
        return ProgramLine.compute(limit(), members.values().stream().map(MemberAccount::used).toList());
    }

    /**
     * After a change that moves a member's limit or use: reports a shortfall that appeared or grew, or one that is
     * cured. A shortfall that shrinks but remains is not reported again.
     */
    private void reportShortfallChange(PartyId member, LocalDate businessDate) {
        MemberAccount account = member(member);
        MemberLine line = account.line(advanceRates);
        if (line.shortfall().isGreaterThan(account.reportedShortfall())) {
            apply(new MemberShortfallDetected(id(), member, line.limit(), account.reserved(), account.outstanding(),
                    line.shortfall(), businessDate));
        } else if (!line.hasShortfall() && account.reportedShortfall().isPositive()) {
            apply(new MemberShortfallCured(id(), member, line.limit(), account.reserved(), account.outstanding(),
                    businessDate));
        }
    }

    // ------------------------------------------------------------------ read by other flows (three-way match), in the same unit of work

    /** The core enterprise whose program this is: the debtor of its receivables. */
    public PartyId coreEnterprise() {
        return java.util.Objects.requireNonNull(coreEnterprise, "program not created");
    }

    /** The program's currency. */
    public Currency currency() {
        return java.util.Objects.requireNonNull(currency, "program not created");
    }

    /** How far order, invoice and receivable amounts may differ in a three-way match, in percent. */
    public java.math.BigDecimal matchTolerancePercent() {
        return matchTolerancePercent;
    }

    private ProgramId id() {
        return java.util.Objects.requireNonNull(programId, "program not created");
    }

    private Money limit() {
        return java.util.Objects.requireNonNull(programLimit, "program not created");
    }

    private ProgramValidity validity() {
        return java.util.Objects.requireNonNull(validity, "program not created");
    }

    // ------------------------------------------------------------------ event sourcing: assignments only

    @EventSourcingHandler
    void on(ProgramCreated event) {
        programId = event.programId();
        coreEnterprise = event.coreEnterprise();
        funder = event.funder();
        currency = event.currency();
        programLimit = event.programLimit();
        validity = new ProgramValidity(event.validFrom(), event.validTo(), false);
        advanceRates = event.advanceRates();
        matchTolerancePercent = event.matchTolerancePercent();
    }

    @EventSourcingHandler
    void on(ProgramLimitChanged event) {
        programLimit = event.programLimit();
    }

    @EventSourcingHandler
    void on(ProgramExpired event) {
        validity = validity().expire();
    }

    @EventSourcingHandler
    void on(MemberAdmitted event) {
        members.put(event.member(), MemberAccount.admitted(event.member(), event.side(), event.baseLimit(),
                event.memberCap()));
    }

    @EventSourcingHandler
    void on(MemberSuspended event) {
        members.computeIfPresent(event.member(), (member, account) -> account.withSuspended(true));
    }

    @EventSourcingHandler
    void on(MemberReinstated event) {
        members.computeIfPresent(event.member(), (member, account) -> account.withSuspended(false));
    }

    @EventSourcingHandler
    void on(MemberLimitsChanged event) {
        members.computeIfPresent(event.member(),
                (member, account) -> account.withLimits(event.baseLimit(), event.memberCap()));
    }

    @EventSourcingHandler
    void on(LineAssetAdded event) {
        members.computeIfPresent(event.member(), (member, account) -> account.withAsset(
                new LiveAsset(event.assetId(), event.assetType(), event.valueCounted())));
        assetHolders.put(event.assetId(), event.member());
    }

    @EventSourcingHandler
    void on(LineAssetRemoved event) {
        members.computeIfPresent(event.member(), (member, account) -> account.withoutAsset(event.assetId()));
        assetHolders.remove(event.assetId());
    }

    @EventSourcingHandler
    void on(MemberShortfallDetected event) {
        members.computeIfPresent(event.member(), (member, account) -> account.withReportedShortfall(event.shortfall()));
    }

    @EventSourcingHandler
    void on(MemberShortfallCured event) {
        members.computeIfPresent(event.member(),
                (member, account) -> account.withReportedShortfall(Money.zero(account.baseLimit().currency())));
    }

    @EventSourcingHandler
    void on(DrawdownReserved event) {
        members.computeIfPresent(event.member(), (member, account) ->
                account.withPrincipal(account.reserved().plus(event.amount()), account.outstanding()));
        drawings.put(event.financingId(), new Drawing(event.member(), event.amount(), Money.zero(event.amount().currency())));
    }

    @EventSourcingHandler
    void on(ReservationReleased event) {
        members.computeIfPresent(event.member(), (member, account) ->
                account.withPrincipal(account.reserved().minus(event.amount()), account.outstanding()));
        drawings.remove(event.financingId());
    }

    @EventSourcingHandler
    void on(PrincipalDrawn event) {
        members.computeIfPresent(event.member(), (member, account) -> account.withPrincipal(
                account.reserved().minus(event.amount()), account.outstanding().plus(event.amount())));
        drawings.put(event.financingId(), new Drawing(event.member(), Money.zero(event.amount().currency()), event.amount()));
    }

    @EventSourcingHandler
    void on(PrincipalRepaid event) {
        members.computeIfPresent(event.member(), (member, account) ->
                account.withPrincipal(account.reserved(), account.outstanding().minus(event.principal())));
        if (event.remainingPrincipal().isZero()) {
            drawings.remove(event.financingId());
        } else {
            drawings.put(event.financingId(), new Drawing(event.member(), Money.zero(event.principal().currency()),
                    event.remainingPrincipal()));
        }
    }
}
