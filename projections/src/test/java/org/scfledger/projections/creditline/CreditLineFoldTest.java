package org.scfledger.projections.creditline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.credit.DrawingPower;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent.DrawdownReserved;
import org.scfledger.core.program.ProgramEvent.LineAssetAdded;
import org.scfledger.core.program.ProgramEvent.LineAssetRemoved;
import org.scfledger.core.program.ProgramEvent.MemberAdmitted;
import org.scfledger.core.program.ProgramEvent.MemberSuspended;
import org.scfledger.core.program.ProgramEvent.PrincipalDrawn;
import org.scfledger.core.program.ProgramEvent.PrincipalRepaid;
import org.scfledger.core.program.ProgramEvent.ProgramCreated;
import org.scfledger.core.program.ProgramEvent.ProgramExpired;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.projections.FoldedLedger;
import org.scfledger.projections.ReadModels;

/** The credit-line folds and views without a database: the figures DOMAIN.md's formulas give. */
class CreditLineFoldTest {

    static final ProgramId P = ProgramId.of("p1");
    static final PartyId CORE = PartyId.of("core");
    static final PartyId BANK = PartyId.of("bank");
    static final PartyId S1 = PartyId.of("s1");
    static final PartyId S2 = PartyId.of("s2");
    static final LocalDate DAY = LocalDate.parse("2024-03-01");
    static final FinancingId F1 = FinancingId.of("f1");

    final FoldedLedger ledger = FoldedLedger.ofAll();
    long position;

    @Test
    void assets_raise_the_line_up_to_the_cap_and_drawing_uses_both_lines() {
        apply(new ProgramCreated(P, CORE, BANK, Currency.getInstance("CNY"), cny("30000.00"), DAY, DAY.plusYears(1),
                AdvanceRates.defaults(), ProgramPricing.of(Rate.percent("4.35")), 180, BigDecimal.ONE));
        apply(new MemberAdmitted(P, S1, MemberSide.SUPPLIER, cny("10000.00"), cny("25000.00")));
        apply(new MemberAdmitted(P, S2, MemberSide.DISTRIBUTOR, cny("20000.00"), cny("20000.00")));
        // A guarantee of 8,000 at 100 % and goods worth 12,345.67 at 60 % (7,407.402 → 7,407.40).
        apply(asset(S1, "COL:g1", AssetType.GUARANTEE, "8000.00", "100", "8000.00"));
        apply(asset(S1, "COL:goods", AssetType.GOODS, "12345.67", "60", "7407.40"));
        apply(new DrawdownReserved(P, F1, S2, cny("15000.00"), DAY));
        apply(new PrincipalDrawn(P, F1, S2, cny("15000.00"), DAY));

        MemberLineView s1 = line(S1);
        assertThat(s1.assetUplift()).isEqualTo(cny("15407.40"));
        assertThat(s1.memberLimit()).as("min(25,000 cap, 10,000 + 15,407.40)").isEqualTo(cny("25000.00"));
        assertThat(s1.capBinds()).isTrue();
        assertThat(s1.available()).isEqualTo(cny("25000.00"));
        assertThat(s1.programAvailable()).as("30,000 − 15,000 drawn by s2").isEqualTo(cny("15000.00"));
        assertThat(s1.canDrawNow()).isEqualTo(cny("15000.00"));
        assertThat(s1.bindingLine()).isEqualTo(DrawingPower.Binding.PROGRAM);
        assertThat(s1.contributions()).extracting(c -> c.assetId() + "=" + c.contribution().amount().toPlainString())
                .containsExactly("COL:g1=8000.00", "COL:goods=7407.40");

        ProgramLineView program = CreditLines.programView(ledger.get(ReadModels.PROGRAM_LINES, P.toString()));
        assertThat(program.utilised()).isEqualTo(cny("15000.00"));
        assertThat(program.concentration().memberId()).isEqualTo(S2.toString());
        assertThat(program.concentration().share()).isEqualByComparingTo("1");
    }

    @Test
    void an_asset_falling_away_under_a_drawn_line_shows_a_shortfall_and_blocks_drawing() {
        apply(new ProgramCreated(P, CORE, BANK, Currency.getInstance("CNY"), cny("100000.00"), DAY, DAY.plusYears(1),
                AdvanceRates.defaults(), ProgramPricing.of(Rate.percent("4.35")), 180, BigDecimal.ONE));
        apply(new MemberAdmitted(P, S1, MemberSide.SUPPLIER, cny("1000.00"), cny("50000.00")));
        apply(asset(S1, "COL:g1", AssetType.GUARANTEE, "9000.00", "100", "9000.00"));
        apply(new DrawdownReserved(P, F1, S1, cny("8000.00"), DAY));
        apply(new PrincipalDrawn(P, F1, S1, cny("8000.00"), DAY));
        apply(new LineAssetRemoved(P, S1, "COL:g1", AssetType.GUARANTEE, cny("9000.00"), AssetRemovalReason.EXPIRED,
                DAY, BANK));

        MemberLineView s1 = line(S1);
        assertThat(s1.memberLimit()).isEqualTo(cny("1000.00"));
        assertThat(s1.shortfall()).isEqualTo(cny("7000.00"));
        assertThat(s1.blockedBy()).isEqualTo(DrawingBlock.SHORTFALL);
        assertThat(s1.canDrawNow()).isEqualTo(cny("0.00"));

        apply(new PrincipalRepaid(P, F1, S1, cny("7500.00"), cny("500.00"), DAY));
        assertThat(line(S1).blockedBy()).isNull();
        assertThat(line(S1).canDrawNow()).isEqualTo(cny("500.00"));

        apply(new MemberSuspended(P, S1, "late reporting"));
        assertThat(line(S1).blockedBy()).isEqualTo(DrawingBlock.MEMBER_SUSPENDED);
        apply(new ProgramExpired(P, DAY, BANK));
        assertThat(line(S1).blockedBy()).isEqualTo(DrawingBlock.PROGRAM_EXPIRED);
        assertThat(line(S1).canDrawNow()).isEqualTo(cny("0.00"));
    }

    @Test
    void the_fold_refuses_events_out_of_order() {
        apply(new ProgramCreated(P, CORE, BANK, Currency.getInstance("CNY"), cny("100.00"), DAY, DAY.plusYears(1),
                AdvanceRates.defaults(), ProgramPricing.of(Rate.percent("4.35")), 180, BigDecimal.ONE));
        assertThatThrownBy(() -> ledger.apply(0, new ProgramExpired(P, DAY, BANK)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> apply(new DrawdownReserved(P, F1, S1, cny("1.00"), DAY)))
                .as("a member that was never admitted").isInstanceOf(IllegalStateException.class);
    }

    private MemberLineView line(PartyId member) {
        return CreditLines.memberView(ledger.get(ReadModels.PROGRAM_LINES, P.toString()),
                ledger.get(ReadModels.MEMBER_LINES, MemberLines.key(P, member)));
    }

    private LineAssetAdded asset(PartyId member, String id, AssetType type, String value, String percent,
            String contribution) {
        return new LineAssetAdded(P, member, id, type, cny(value), AdvanceRate.percent(percent), cny(contribution), DAY);
    }

    private void apply(Object event) {
        ledger.apply(position++, event);
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
