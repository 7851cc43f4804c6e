package org.scfledger.projections.creditline;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent;
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
import org.scfledger.core.program.ProgramEvent.ReservationReleased;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.Lists;

/**
 * One member's line in one program as the read model folds it: limits, live assets (in the order they were added),
 * reserved and outstanding principal, and the funder's monitoring flags.
 *
 * @param suspensionReason why the funder suspended the member; null while it may draw
 * @param reportedShortfall the shortfall last reported by {@code MemberShortfallDetected}; null once cured
 * @param lastBusinessDate the business date of the latest event that changed the line
 */
public record MemberLineState(
        ProgramId programId,
        PartyId member,
        MemberSide side,
        Money baseLimit,
        Money memberCap,
        @Nullable String suspensionReason,
        List<LineAsset> assets,
        Money reserved,
        Money outstanding,
        @Nullable Money reportedShortfall,
        @Nullable LocalDate lastBusinessDate) {

    public MemberLineState {
        assets = List.copyOf(assets);
    }

    static MemberLineState admitted(MemberAdmitted event) {
        Money zero = Money.zero(event.baseLimit().currency());
        return new MemberLineState(event.programId(), event.member(), event.side(), event.baseLimit(),
                event.memberCap(), null, List.of(), zero, zero, null, null);
    }

    /** The fold: this line after {@code event}, which names this member. */
    MemberLineState apply(ProgramEvent event) {
        if (event instanceof MemberSuspended e) {
            return with(baseLimit, memberCap, e.reason(), assets, reserved, outstanding,
                    reportedShortfall, lastBusinessDate);
        }
        if (event instanceof MemberReinstated e) {
            return with(baseLimit, memberCap, null, assets, reserved, outstanding,
                    reportedShortfall, lastBusinessDate);
        }
        if (event instanceof MemberLimitsChanged e) {
            return with(e.baseLimit(), e.memberCap(), suspensionReason, assets, reserved,
                    outstanding, reportedShortfall, e.businessDate());
        }
        if (event instanceof LineAssetAdded e) {
            return with(baseLimit, memberCap, suspensionReason, Lists.append(assets, new LineAsset(e.assetId(),
                    e.assetType(), e.valueCounted(), e.advanceRate(), e.contribution(), e.businessDate())), reserved,
                    outstanding, reportedShortfall, e.businessDate());
        }
        if (event instanceof LineAssetRemoved e) {
            return with(baseLimit, memberCap, suspensionReason, minus(e.assetId()), reserved,
                    outstanding, reportedShortfall, e.businessDate());
        }
        if (event instanceof MemberShortfallDetected e) {
            return with(baseLimit, memberCap, suspensionReason, assets, reserved,
                    outstanding, e.shortfall(), e.businessDate());
        }
        if (event instanceof MemberShortfallCured e) {
            return with(baseLimit, memberCap, suspensionReason, assets, reserved,
                    outstanding, null, e.businessDate());
        }
        if (event instanceof DrawdownReserved e) {
            return with(baseLimit, memberCap, suspensionReason, assets,
                    reserved.plus(e.amount()), outstanding, reportedShortfall, e.businessDate());
        }
        if (event instanceof ReservationReleased e) {
            return with(baseLimit, memberCap, suspensionReason, assets,
                    reserved.minus(e.amount()), outstanding, reportedShortfall, e.businessDate());
        }
        if (event instanceof PrincipalDrawn e) {
            return with(baseLimit, memberCap, suspensionReason, assets,
                    reserved.minus(e.amount()), outstanding.plus(e.amount()), reportedShortfall, e.businessDate());
        }
        if (event instanceof PrincipalRepaid e) {
            return with(baseLimit, memberCap, suspensionReason, assets, reserved,
                    outstanding.minus(e.principal()), reportedShortfall, e.businessDate());
        }
        return this;
    }

    public boolean isSuspended() {
        return suspensionReason != null;
    }


    private List<LineAsset> minus(String assetId) {
        return assets.stream().filter(asset -> !asset.assetId().equals(assetId)).toList();
    }

    private MemberLineState with(
            Money baseLimit, Money memberCap, @Nullable String suspensionReason, List<LineAsset> assets,
            Money reserved, Money outstanding, @Nullable Money reportedShortfall,
            @Nullable LocalDate lastBusinessDate) {
        return new MemberLineState(programId, member, side, baseLimit, memberCap, suspensionReason, assets, reserved,
                outstanding, reportedShortfall, lastBusinessDate);
    }
}
