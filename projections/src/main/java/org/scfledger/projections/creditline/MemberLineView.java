package org.scfledger.projections.creditline;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.credit.AssetContribution;
import org.scfledger.core.credit.DrawingPower;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramId;

/**
 * A member's credit line as the member, its funder and an auditor see it (docs/projections.md has each formula).
 *
 * @param contributions each live asset, named, with {@code value × advance rate}
 * @param memberLimit min(member cap, base limit + asset uplift)
 * @param used reserved + outstanding principal: what counts against the limits
 * @param available max(0, member limit − used)
 * @param programAvailable max(0, program limit − Σ used of all members)
 * @param canDrawNow min(available, program available), or zero while {@code blockedBy} is set
 * @param bindingLine which of the two lines sets {@code canDrawNow}
 * @param shortfall max(0, used − member limit)
 * @param blockedBy why nothing can be drawn now, if so
 */
public record MemberLineView(
        ProgramId programId,
        PartyId member,
        MemberSide side,
        Money baseLimit,
        Money memberCap,
        List<AssetContribution> contributions,
        Money assetUplift,
        Money memberLimit,
        boolean capBinds,
        Money reservedPrincipal,
        Money outstandingPrincipal,
        Money used,
        Money available,
        Money programAvailable,
        Money canDrawNow,
        DrawingPower.Binding bindingLine,
        Money shortfall,
        @Nullable DrawingBlock blockedBy,
        @Nullable String suspensionReason,
        @Nullable LocalDate lastBusinessDate) {

    public MemberLineView {
        contributions = List.copyOf(contributions);
    }
}
