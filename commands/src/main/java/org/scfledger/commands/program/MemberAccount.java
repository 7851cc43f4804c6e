package org.scfledger.commands.program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.LiveAsset;
import org.scfledger.core.credit.MemberLine;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.MemberSide;

/**
 * One member's line inputs inside the program: base limit, cap, live assets (in the order they were added), reserved
 * and outstanding principal. Immutable: the program's event sourcing handlers replace it.
 *
 * @param reportedShortfall the shortfall last reported by {@code MemberShortfallDetected}; zero once cured
 */
record MemberAccount(
        PartyId member,
        MemberSide side,
        Money baseLimit,
        Money memberCap,
        boolean suspended,
        Map<String, LiveAsset> assets,
        Money reserved,
        Money outstanding,
        Money reportedShortfall) {

    MemberAccount {
        assets = Collections.unmodifiableMap(new LinkedHashMap<>(assets));
    }

    static MemberAccount admitted(PartyId member, MemberSide side, Money baseLimit, Money memberCap) {
        Money zero = Money.zero(baseLimit.currency());
        return new MemberAccount(member, side, baseLimit, memberCap, false, Map.of(), zero, zero, zero);
    }

    /** Reserved and outstanding principal: what counts against the limits. */
    Money used() {
        return reserved.plus(outstanding);
    }

    /** The member's line now, counting reserved principal as used. */
    MemberLine line(AdvanceRates rates) {
        return MemberLine.compute(baseLimit, memberCap, new ArrayList<>(assets.values()), used(), rates);
    }

    MemberAccount withLimits(Money baseLimit, Money memberCap) {
        return new MemberAccount(member, side, baseLimit, memberCap, suspended, assets, reserved, outstanding,
                reportedShortfall);
    }

    MemberAccount withSuspended(boolean suspended) {
        return new MemberAccount(member, side, baseLimit, memberCap, suspended, assets, reserved, outstanding,
                reportedShortfall);
    }

    MemberAccount withAsset(LiveAsset asset) {
        Map<String, LiveAsset> more = new LinkedHashMap<>(assets);
        more.put(asset.assetId(), asset);
        return new MemberAccount(member, side, baseLimit, memberCap, suspended, more, reserved, outstanding,
                reportedShortfall);
    }

    MemberAccount withoutAsset(String assetId) {
        Map<String, LiveAsset> fewer = new LinkedHashMap<>(assets);
        fewer.remove(assetId);
        return new MemberAccount(member, side, baseLimit, memberCap, suspended, fewer, reserved, outstanding,
                reportedShortfall);
    }

    MemberAccount withPrincipal(Money reserved, Money outstanding) {
        return new MemberAccount(member, side, baseLimit, memberCap, suspended, assets, reserved, outstanding,
                reportedShortfall);
    }

    MemberAccount withReportedShortfall(Money reportedShortfall) {
        return new MemberAccount(member, side, baseLimit, memberCap, suspended, assets, reserved, outstanding,
                reportedShortfall);
    }
}
