package org.scfledger.core.credit;

import org.scfledger.core.money.Money;

/**
 * What a member may draw now, and which line holds it back.
 *
 * @param canDrawNow min(member available, program available)
 * @param bindingLine the line that sets {@code canDrawNow}; MEMBER when both are equal
 */
public record DrawingPower(Money memberAvailable, Money programAvailable, Money canDrawNow, Binding bindingLine) {

    /** Which of the two lines limits a drawdown. */
    public enum Binding { MEMBER, PROGRAM }

    public static DrawingPower of(MemberLine member, ProgramLine program) {
        Money memberAvailable = member.available();
        Money programAvailable = program.available();
        Binding binding = programAvailable.isLessThan(memberAvailable) ? Binding.PROGRAM : Binding.MEMBER;
        return new DrawingPower(memberAvailable, programAvailable, Money.min(memberAvailable, programAvailable),
                binding);
    }

    /** Shorthand for {@code of(member, program).canDrawNow()}. */
    public static Money canDrawNow(MemberLine member, ProgramLine program) {
        return of(member, program).canDrawNow();
    }

    /** Whether a drawdown of {@code amount} fits now. */
    public boolean allows(Money amount) {
        return !amount.isGreaterThan(canDrawNow);
    }
}
