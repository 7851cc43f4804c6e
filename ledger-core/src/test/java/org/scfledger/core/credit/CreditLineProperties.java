package org.scfledger.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scfledger.core.money.Money;

class CreditLineProperties {

    @Property
    void the_member_line_formula_holds(
            @ForAll("amounts") Money base, @ForAll("amounts") Money cap, @ForAll("amounts") Money outstanding,
            @ForAll("assets") List<LiveAsset> assets) {
        MemberLine line = MemberLine.compute(base, cap, assets, outstanding);

        Money uplift = Money.sum(base.currency(), line.contributions().stream()
                .map(AssetContribution::contribution).toList());
        assertThat(line.assetUplift()).isEqualTo(uplift);
        assertThat(line.limit()).isEqualTo(Money.min(cap, base.plus(uplift)));
        assertThat(line.limit().isGreaterThan(cap)).isFalse();
        assertThat(line.available().isNegative()).isFalse();
        assertThat(line.shortfall().isNegative()).isFalse();
        // At most one of available and shortfall is positive, and together they measure limit − outstanding.
        assertThat(line.available().isPositive() && line.shortfall().isPositive()).isFalse();
        assertThat(line.available().minus(line.shortfall())).isEqualTo(line.limit().minus(outstanding));
        for (AssetContribution contribution : line.contributions()) {
            assertThat(contribution.contribution().isBooked()).isTrue();
            assertThat(contribution.contribution().isGreaterThan(contribution.valueCounted())).isFalse();
        }
    }

    @Property
    void losing_an_asset_never_raises_the_limit(
            @ForAll("amounts") Money base, @ForAll("amounts") Money cap, @ForAll("amounts") Money outstanding,
            @ForAll("assets") List<LiveAsset> assets) {
        if (assets.isEmpty()) {
            return;
        }
        MemberLine before = MemberLine.compute(base, cap, assets, outstanding);
        MemberLine after = MemberLine.compute(base, cap, assets.subList(1, assets.size()), outstanding);
        assertThat(after.limit().isGreaterThan(before.limit())).isFalse();
        assertThat(after.shortfall().isLessThan(before.shortfall())).isFalse();
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000000")).ofScale(2)
                .map(amount -> Money.of(amount, Currency.getInstance("CNY")));
    }

    @Provide
    Arbitrary<List<LiveAsset>> assets() {
        Arbitrary<LiveAsset> asset = Combinators.combine(
                Arbitraries.of(AssetType.class), amounts()).as((type, value) -> new LiveAsset("?", type, value));
        return asset.list().ofMaxSize(8).map(list -> {
            List<LiveAsset> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                numbered.add(new LiveAsset("asset-" + i, list.get(i).type(), list.get(i).valueCounted()));
            }
            return numbered;
        });
    }
}
