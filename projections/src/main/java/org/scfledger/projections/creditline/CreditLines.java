package org.scfledger.projections.creditline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.credit.Concentration;
import org.scfledger.core.credit.DrawingPower;
import org.scfledger.core.credit.MemberLine;
import org.scfledger.core.credit.ProgramLine;
import org.scfledger.core.money.Money;

/**
 * The figures of the credit-line views, from the folded states, by the write side's own formulas
 * ({@code org.scfledger.core.credit}): the live queries and the as-of replays both call these, and nothing else.
 */
public final class CreditLines {

    private CreditLines() {
    }

    public static ProgramLine programLine(ProgramState program) {
        return ProgramLine.compute(program.programLimit(),
                program.members().values().stream().map(MemberUse::used).toList());
    }

    public static ProgramLineView programView(ProgramState program) {
        ProgramLine line = programLine(program);
        Map<String, Money> usedByMember = new LinkedHashMap<>();
        program.members().values().forEach(use -> usedByMember.put(use.member().toString(), use.used()));
        @Nullable Concentration concentration = Concentration.largest(usedByMember).orElse(null);
        List<MemberExposure> byMember = program.members().values().stream()
                .map(use -> new MemberExposure(use.member(), use.used(), use.outstanding())).toList();
        return new ProgramLineView(program.programId(), program.coreEnterprise(), program.funder(),
                line.programLimit(), line.utilised(), line.available(), line.excess(), program.members().size(),
                byMember, concentration, program.validFrom(), program.validTo(), program.expiredOn());
    }

    public static MemberLineView memberView(ProgramState program, MemberLineState member) {
        Money used = member.reserved().plus(member.outstanding());
        MemberLine line = MemberLine.compute(member.baseLimit(), member.memberCap(),
                member.assets().stream().map(LineAsset::live).toList(), used, program.advanceRates());
        DrawingPower power = DrawingPower.of(line, programLine(program));
        @Nullable DrawingBlock block = program.isExpired() ? DrawingBlock.PROGRAM_EXPIRED
                : member.isSuspended() ? DrawingBlock.MEMBER_SUSPENDED
                : line.hasShortfall() ? DrawingBlock.SHORTFALL : null;
        Money canDrawNow = block == null ? power.canDrawNow() : Money.zero(program.currency());
        return new MemberLineView(member.programId(), member.member(), member.side(), line.baseLimit(),
                line.memberCap(), line.contributions(), line.assetUplift(), line.limit(), line.capBinds(),
                member.reserved(), member.outstanding(), used, line.available(), power.programAvailable(), canDrawNow,
                power.bindingLine(), line.shortfall(), block, member.suspensionReason(), member.lastBusinessDate());
    }
}
