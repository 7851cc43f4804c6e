package org.scfledger.commands.program;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.credit.LiveAsset;
import org.scfledger.core.credit.MemberLine;
import org.scfledger.core.credit.ProgramLine;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.rules.RuleViolation;

/** The "limits hold" rule on its own, with the figures of docs/formulas.md section 2. */
class DrawdownLimitsTest {

    static final PartyId MEMBER = PartyId.of("supplier-7");

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static MemberLine line(String used, LiveAsset... assets) {
        return MemberLine.compute(cny("500000.00"), cny("2000000.00"), List.of(assets), cny(used));
    }

    @Test
    void a_drawdown_up_to_what_the_member_can_draw_now_fits() {
        var member = line("1200000.00", new LiveAsset("REC-1", AssetType.RECEIVABLE, cny("1000000.00")));
        var program = ProgramLine.compute(cny("5000000.00"), List.of(cny("1200000.00")));
        assertThatCode(() -> DrawdownLimits.requireFits(MEMBER, member, program, cny("100000.00"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> DrawdownLimits.requireFits(MEMBER, member, program, cny("100000.01")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("the member limit")
                .extracting(e -> ((RuleViolation) e).code()).isEqualTo(DrawdownLimits.LIMIT_EXCEEDED);
    }

    @Test
    void the_program_line_binds_when_it_has_less_left() {
        var member = line("0.00");
        var program = ProgramLine.compute(cny("5000000.00"), List.of(cny("1200000.00"), cny("3760000.00")));
        assertThatCode(() -> DrawdownLimits.requireFits(MEMBER, member, program, cny("40000.00"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> DrawdownLimits.requireFits(MEMBER, member, program, cny("40000.01")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("the program limit")
                .extracting(e -> ((RuleViolation) e).code()).isEqualTo(DrawdownLimits.LIMIT_EXCEEDED);
    }

    @Test
    void a_member_in_shortfall_draws_nothing() {
        var member = line("600000.00");
        var program = ProgramLine.compute(cny("5000000.00"), List.of(cny("600000.00")));
        assertThatThrownBy(() -> DrawdownLimits.requireFits(MEMBER, member, program, cny("0.01")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("shortfall of 100000.00 CNY")
                .extracting(e -> ((RuleViolation) e).code()).isEqualTo(DrawdownLimits.MEMBER_SHORTFALL);
    }
}
