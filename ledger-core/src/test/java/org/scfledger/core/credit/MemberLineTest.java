package org.scfledger.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.CurrencyMismatchException;
import org.scfledger.core.money.Money;

/** The itemised example of docs/formulas.md, "Credit lines". */
class MemberLineTest {

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static final List<LiveAsset> ASSETS = List.of(
            new LiveAsset("REC-1", AssetType.RECEIVABLE, cny("1000000.00")),   // × 80 % = 800 000.00
            new LiveAsset("INV-1", AssetType.INVOICE, cny("1000.35")),         // × 70 % = 700.245 → 700.24
            new LiveAsset("PO-1", AssetType.PURCHASE_ORDER, cny("250000.00")), // × 40 % = 100 000.00
            new LiveAsset("WR-1", AssetType.GOODS, cny("123456.78")),          // × 60 % = 74 074.068 → 74 074.07
            new LiveAsset("G-1", AssetType.GUARANTEE, cny("50000.00")),        // × 100 % = 50 000.00
            new LiveAsset("M-1", AssetType.MORTGAGE, cny("300000.00")));       // × 60 % = 180 000.00

    @Test
    void the_limit_is_the_base_plus_each_assets_booked_contribution_itemised() {
        MemberLine line = MemberLine.compute(cny("500000.00"), cny("2000000.00"), ASSETS, cny("1200000.00"));

        assertThat(line.contributions()).extracting(AssetContribution::assetId, c -> c.contribution().toString())
                .containsExactly(
                        tuple("REC-1", "800000.00 CNY"),
                        tuple("INV-1", "700.24 CNY"),
                        tuple("PO-1", "100000.00 CNY"),
                        tuple("WR-1", "74074.07 CNY"),
                        tuple("G-1", "50000.00 CNY"),
                        tuple("M-1", "180000.00 CNY"));
        assertThat(line.assetUplift()).isEqualTo(cny("1204774.31"));
        assertThat(line.uncappedLimit()).isEqualTo(cny("1704774.31"));
        assertThat(line.limit()).isEqualTo(cny("1704774.31"));
        assertThat(line.capBinds()).isFalse();
        assertThat(line.available()).isEqualTo(cny("504774.31"));
        assertThat(line.shortfall()).isEqualTo(cny("0.00"));
        assertThat(line.hasShortfall()).isFalse();
    }

    @Test
    void the_member_cap_binds_when_assets_would_raise_the_line_above_it() {
        MemberLine line = MemberLine.compute(cny("500000.00"), cny("1500000.00"), ASSETS, cny("1200000.00"));
        assertThat(line.limit()).isEqualTo(cny("1500000.00"));
        assertThat(line.capBinds()).isTrue();
        assertThat(line.available()).isEqualTo(cny("300000.00"));
    }

    @Test
    void a_settled_receivable_lowers_the_limit_into_a_shortfall() {
        List<LiveAsset> withoutReceivable = ASSETS.subList(1, ASSETS.size());
        MemberLine line = MemberLine.compute(cny("500000.00"), cny("2000000.00"), withoutReceivable,
                cny("1200000.00"));
        assertThat(line.limit()).isEqualTo(cny("904774.31"));
        assertThat(line.available()).isEqualTo(cny("0.00"));
        assertThat(line.shortfall()).isEqualTo(cny("295225.69"));
        assertThat(line.hasShortfall()).isTrue();
    }

    @Test
    void available_and_shortfall_floor_at_zero_and_the_line_can_be_exactly_used() {
        MemberLine exactlyUsed = MemberLine.compute(cny("1000.00"), cny("5000.00"), List.of(), cny("1000.00"));
        assertThat(exactlyUsed.available().isZero()).isTrue();
        assertThat(exactlyUsed.shortfall().isZero()).isTrue();

        MemberLine nothing = MemberLine.compute(cny("0.00"), cny("0.00"), List.of(), cny("0.00"));
        assertThat(nothing.limit().isZero()).isTrue();
        assertThat(nothing.available().isZero()).isTrue();

        // A zero cap holds the line at zero whatever the assets: an outstanding amount is all shortfall.
        MemberLine capped = MemberLine.compute(cny("1000.00"), cny("0.00"), ASSETS, cny("10.00"));
        assertThat(capped.limit().isZero()).isTrue();
        assertThat(capped.shortfall()).isEqualTo(cny("10.00"));
    }

    @Test
    void program_advance_rates_override_the_defaults_and_ineligible_types_add_nothing() {
        AdvanceRates rates = AdvanceRates.defaults()
                .with(AssetType.RECEIVABLE, AdvanceRate.percent("90"))
                .without(AssetType.MORTGAGE);
        MemberLine line = MemberLine.compute(cny("0.00"), cny("10000000.00"), List.of(
                new LiveAsset("REC-1", AssetType.RECEIVABLE, cny("1000000.00")),
                new LiveAsset("M-1", AssetType.MORTGAGE, cny("300000.00"))), cny("0.00"), rates);
        assertThat(line.contributions().get(0).contribution()).isEqualTo(cny("900000.00"));
        assertThat(line.contributions().get(1).eligible()).isFalse();
        assertThat(line.contributions().get(1).contribution().isZero()).isTrue();
        assertThat(line.limit()).isEqualTo(cny("900000.00"));
    }

    @Test
    void the_default_advance_rates_are_those_of_the_domain() {
        assertThat(AdvanceRates.defaults().rates()).containsExactly(
                Map.entry(AssetType.RECEIVABLE, AdvanceRate.percent("80")),
                Map.entry(AssetType.INVOICE, AdvanceRate.percent("70")),
                Map.entry(AssetType.PURCHASE_ORDER, AdvanceRate.percent("40")),
                Map.entry(AssetType.GOODS, AdvanceRate.percent("60")),
                Map.entry(AssetType.GUARANTEE, AdvanceRate.percent("100")),
                Map.entry(AssetType.MORTGAGE, AdvanceRate.percent("60")));
        assertThatThrownBy(() -> AdvanceRate.percent("101")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdvanceRate.percent("-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void one_asset_counts_once() {
        List<LiveAsset> twice = List.of(ASSETS.get(0), ASSETS.get(0));
        assertThatThrownBy(() -> MemberLine.compute(cny("0.00"), cny("1.00"), twice, cny("0.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts once");
    }

    @Test
    void refuses_mixed_currencies_negative_and_unbooked_inputs() {
        List<LiveAsset> dollarAsset = List.of(new LiveAsset("X", AssetType.INVOICE, Money.of("10.00", "USD")));
        assertThatThrownBy(() -> MemberLine.compute(cny("0.00"), cny("1.00"), dollarAsset, cny("0.00")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> MemberLine.compute(cny("-1.00"), cny("1.00"), List.of(), cny("0.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiveAsset("X", AssetType.GOODS, cny("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
        Money unbooked = cny("1.00").times(new BigDecimal("0.333"));
        assertThatThrownBy(() -> new LiveAsset("X", AssetType.GOODS, unbooked)).isInstanceOf(IllegalStateException.class);
    }
}
