package org.scfledger.core.credit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scfledger.core.money.Money;

/**
 * A member's credit line at one moment, with every asset's contribution itemised so that the line can be explained
 * ("what was X's line on date D, and why").
 *
 * @param assetUplift Σ of the booked contributions
 * @param uncappedLimit base limit + asset uplift, before the member cap
 * @param limit min(member cap, uncapped limit)
 * @param available max(0, limit − outstanding principal)
 * @param shortfall max(0, outstanding principal − limit): positive after assets fell away under a drawn line
 */
public record MemberLine(
        Money baseLimit,
        Money memberCap,
        List<AssetContribution> contributions,
        Money assetUplift,
        Money uncappedLimit,
        Money limit,
        Money outstandingPrincipal,
        Money available,
        Money shortfall) {

    public MemberLine {
        contributions = List.copyOf(contributions);
    }

    /** The line at the program's default advance rates. */
    public static MemberLine compute(
            Money baseLimit, Money memberCap, List<LiveAsset> liveAssets, Money outstandingPrincipal) {
        return compute(baseLimit, memberCap, liveAssets, outstandingPrincipal, AdvanceRates.defaults());
    }

    /**
     * The line from its inputs. All amounts must be booked, non-negative and in one currency; an asset id may appear
     * only once (one asset counts once).
     */
    public static MemberLine compute(
            Money baseLimit, Money memberCap, List<LiveAsset> liveAssets, Money outstandingPrincipal,
            AdvanceRates rates) {
        requireBookedAndNotNegative("base limit", baseLimit);
        requireBookedAndNotNegative("member cap", memberCap);
        requireBookedAndNotNegative("outstanding principal", outstandingPrincipal);

        List<AssetContribution> contributions = new ArrayList<>(liveAssets.size());
        Set<String> seen = new HashSet<>();
        Money uplift = Money.zero(baseLimit.currency());
        for (LiveAsset asset : liveAssets) {
            if (!seen.add(asset.assetId())) {
                throw new IllegalArgumentException("Asset " + asset.assetId() + " is listed twice; an asset counts once");
            }
            AssetContribution contribution = AssetContribution.of(asset, rates);
            contributions.add(contribution);
            uplift = uplift.plus(contribution.contribution());
        }
        Money uncapped = baseLimit.plus(uplift);
        Money limit = Money.min(memberCap, uncapped);
        return new MemberLine(baseLimit, memberCap, contributions, uplift, uncapped, limit, outstandingPrincipal,
                limit.minus(outstandingPrincipal).atLeastZero(),
                outstandingPrincipal.minus(limit).atLeastZero());
    }

    /** Whether the member cap, not the assets, sets the limit (more assets would not raise it). */
    public boolean capBinds() {
        return memberCap.isLessThan(uncappedLimit);
    }

    /** A shortfall blocks new drawdowns until it is cured, and the funder must see it. */
    public boolean hasShortfall() {
        return shortfall.isPositive();
    }

    static void requireBookedAndNotNegative(String what, Money amount) {
        amount.requireBooked();
        if (amount.isNegative()) {
            throw new IllegalArgumentException("The " + what + " cannot be negative: " + amount);
        }
    }
}
