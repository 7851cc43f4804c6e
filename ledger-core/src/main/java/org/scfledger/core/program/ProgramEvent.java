package org.scfledger.core.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.serialization.Revision;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** What happens to a program and its members' credit lines: the events of the {@code Program} aggregate. */
public sealed interface ProgramEvent {

    ProgramId programId();

    // --- the program ---

    /** A funder set up a core enterprise's program. */
    @Revision("1")
    record ProgramCreated(
            ProgramId programId,
            PartyId coreEnterprise,
            PartyId funder,
            Currency currency,
            Money programLimit,
            LocalDate validFrom,
            LocalDate validTo,
            AdvanceRates advanceRates,
            ProgramPricing pricing,
            int maxTenorDays,
            BigDecimal matchTolerancePercent) implements ProgramEvent {
    }

    /** The funder changed the program limit. */
    @Revision("1")
    record ProgramLimitChanged(ProgramId programId, Money previousLimit, Money programLimit) implements ProgramEvent {
    }

    /** The program ended: no more admissions, assets or drawdowns; repayments and removals go on. */
    @Revision("1")
    record ProgramExpired(ProgramId programId, LocalDate businessDate, PartyId expiredBy) implements ProgramEvent {
    }

    // --- members ---

    /** The funder admitted a supplier or distributor with its base limit and cap. */
    @Revision("1")
    record MemberAdmitted(ProgramId programId, PartyId member, MemberSide side, Money baseLimit, Money memberCap)
            implements ProgramEvent {
    }

    /** The funder stopped a member from reserving new drawdowns. */
    @Revision("1")
    record MemberSuspended(ProgramId programId, PartyId member, String reason) implements ProgramEvent {
    }

    /** The funder let a suspended member draw again. */
    @Revision("1")
    record MemberReinstated(ProgramId programId, PartyId member, String reason) implements ProgramEvent {
    }

    /** The funder set a member's base limit and cap anew. */
    @Revision("1")
    record MemberLimitsChanged(
            ProgramId programId, PartyId member, Money baseLimit, Money memberCap, LocalDate businessDate)
            implements ProgramEvent {
    }

    // --- the line's assets ---

    /**
     * An asset counts on a member's line from now on.
     *
     * @param contribution {@code valueCounted × advanceRate}, booked half-even
     */
    @Revision("1")
    record LineAssetAdded(
            ProgramId programId,
            PartyId member,
            String assetId,
            AssetType assetType,
            Money valueCounted,
            AdvanceRate advanceRate,
            Money contribution,
            LocalDate businessDate) implements ProgramEvent {
    }

    /** An asset no longer counts on the line it backed. */
    @Revision("1")
    record LineAssetRemoved(
            ProgramId programId,
            PartyId member,
            String assetId,
            AssetType assetType,
            Money contribution,
            AssetRemovalReason reason,
            LocalDate businessDate,
            PartyId removedBy) implements ProgramEvent {
    }

    /**
     * A member's line fell below what it has reserved and drawn (an asset fell away, its limits were lowered): no new
     * drawdowns until it is cured. The funder must see it.
     *
     * @param memberLimit min(member cap, base limit + live assets' contributions), after the change
     * @param shortfall reserved + outstanding − member limit
     */
    @Revision("1")
    record MemberShortfallDetected(
            ProgramId programId,
            PartyId member,
            Money memberLimit,
            Money reservedPrincipal,
            Money outstandingPrincipal,
            Money shortfall,
            LocalDate businessDate) implements ProgramEvent {
    }

    /** A member's reserved and outstanding principal is within its limit again (repaid, released, new assets). */
    @Revision("1")
    record MemberShortfallCured(
            ProgramId programId,
            PartyId member,
            Money memberLimit,
            Money reservedPrincipal,
            Money outstandingPrincipal,
            LocalDate businessDate) implements ProgramEvent {
    }

    // --- drawing and repaying ---

    /** Principal reserved on a member's line for a financing: counts as used from now on. */
    @Revision("1")
    record DrawdownReserved(
            ProgramId programId, FinancingId financingId, PartyId member, Money amount, LocalDate businessDate)
            implements ProgramEvent {
    }

    /** A reservation went back to the line. */
    @Revision("1")
    record ReservationReleased(
            ProgramId programId,
            FinancingId financingId,
            PartyId member,
            Money amount,
            String reason,
            LocalDate businessDate,
            PartyId releasedBy) implements ProgramEvent {
    }

    /** The funder disbursed: the reservation is now outstanding principal. */
    @Revision("1")
    record PrincipalDrawn(
            ProgramId programId, FinancingId financingId, PartyId member, Money amount, LocalDate businessDate)
            implements ProgramEvent {
    }

    /**
     * Principal was repaid and the line restored by as much.
     *
     * @param remainingPrincipal the financing's outstanding principal after this repayment
     */
    @Revision("1")
    record PrincipalRepaid(
            ProgramId programId,
            FinancingId financingId,
            PartyId member,
            Money principal,
            Money remainingPrincipal,
            LocalDate businessDate) implements ProgramEvent {
    }
}
