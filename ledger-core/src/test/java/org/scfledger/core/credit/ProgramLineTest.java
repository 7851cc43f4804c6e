package org.scfledger.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.Money;

class ProgramLineTest {

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    @Test
    void the_program_line_is_shared_by_all_members() {
        ProgramLine program = ProgramLine.compute(cny("5000000.00"), List.of(cny("1200000.00"), cny("3500000.00")));
        assertThat(program.utilised()).isEqualTo(cny("4700000.00"));
        assertThat(program.available()).isEqualTo(cny("300000.00"));
        assertThat(program.excess().isZero()).isTrue();
    }

    @Test
    void a_lowered_program_limit_floors_available_at_zero_and_shows_the_excess() {
        ProgramLine program = ProgramLine.compute(cny("4000000.00"), List.of(cny("1200000.00"), cny("3500000.00")));
        assertThat(program.available().isZero()).isTrue();
        assertThat(program.excess()).isEqualTo(cny("700000.00"));
        assertThat(ProgramLine.compute(cny("1.00"), List.of()).available()).isEqualTo(cny("1.00"));
    }

    @Test
    void can_draw_now_is_the_smaller_of_the_member_and_program_availability() {
        MemberLine member = MemberLine.compute(cny("500000.00"), cny("2000000.00"), List.of(
                new LiveAsset("REC-1", AssetType.RECEIVABLE, cny("1000000.00"))), cny("1200000.00"));
        // member available = min(2 000 000, 500 000 + 800 000) − 1 200 000 = 100 000.00
        ProgramLine roomy = ProgramLine.compute(cny("5000000.00"), List.of(cny("1200000.00")));
        ProgramLine tight = ProgramLine.compute(cny("5000000.00"), List.of(cny("1200000.00"), cny("3760000.00")));

        DrawingPower byMember = DrawingPower.of(member, roomy);
        assertThat(byMember.canDrawNow()).isEqualTo(cny("100000.00"));
        assertThat(byMember.bindingLine()).isEqualTo(DrawingPower.Binding.MEMBER);
        assertThat(byMember.allows(cny("100000.00"))).isTrue();
        assertThat(byMember.allows(cny("100000.01"))).isFalse();

        DrawingPower byProgram = DrawingPower.of(member, tight);
        assertThat(byProgram.canDrawNow()).isEqualTo(cny("40000.00"));
        assertThat(byProgram.bindingLine()).isEqualTo(DrawingPower.Binding.PROGRAM);
        assertThat(DrawingPower.canDrawNow(member, tight)).isEqualTo(cny("40000.00"));
    }

    @Test
    void concentration_is_the_largest_members_share_of_utilisation() {
        Map<String, Money> outstanding = new LinkedHashMap<>();
        outstanding.put("supplier-a", cny("1200000.00"));
        outstanding.put("supplier-b", cny("3500000.00"));
        Concentration concentration = Concentration.largest(outstanding).orElseThrow();
        assertThat(concentration.memberId()).isEqualTo("supplier-b");
        assertThat(concentration.programUtilised()).isEqualTo(cny("4700000.00"));
        // 3 500 000 / 4 700 000 = 0.7446808…
        assertThat(concentration.share()).isEqualByComparingTo("0.744681");
        assertThat(concentration.exceeds(new BigDecimal("0.7446808"))).isTrue();
        assertThat(concentration.exceeds(new BigDecimal("0.7446809"))).isFalse();
    }

    @Test
    void concentration_ties_go_to_the_smallest_member_id_and_nothing_drawn_means_none() {
        Map<String, Money> tie = new LinkedHashMap<>();
        tie.put("b", cny("100.00"));
        tie.put("a", cny("100.00"));
        tie.put("c", cny("0.00"));
        Concentration concentration = Concentration.largest(tie).orElseThrow();
        assertThat(concentration.memberId()).isEqualTo("a");
        assertThat(concentration.share()).isEqualByComparingTo("0.5");
        // exactly at the threshold is not above it
        assertThat(concentration.exceeds(new BigDecimal("0.5"))).isFalse();

        assertThat(Concentration.largest(Map.of())).isEmpty();
        assertThat(Concentration.largest(Map.of("a", cny("0.00")))).isEmpty();
    }
}
