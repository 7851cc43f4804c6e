package org.scfledger.commands.program;

import org.scfledger.core.credit.DrawingPower;
import org.scfledger.core.credit.MemberLine;
import org.scfledger.core.credit.ProgramLine;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.rules.RuleViolation;

/**
 * "Limits hold": no drawdown may push a member over its limit, or the program over its limit (DOMAIN.md). Reserved
 * principal counts as used, like outstanding principal, so that requests reserved but not yet disbursed cannot
 * together overdraw a line. A member in shortfall draws nothing until the shortfall is cured.
 */
public final class DrawdownLimits {

    /** The code of every refusal because the amount exceeds what the member can draw now. */
    public static final String LIMIT_EXCEEDED = "limit-exceeded";
    /** The code of a refusal because the member's line is in shortfall. */
    public static final String MEMBER_SHORTFALL = "member-shortfall";

    private DrawdownLimits() {
    }

    /**
     * Refuses unless {@code amount} fits both lines now.
     *
     * @param memberLine the member's line with reserved + outstanding principal as its outstanding principal
     * @param programLine the program's line with every member's reserved + outstanding principal as utilised
     */
    static void requireFits(PartyId member, MemberLine memberLine, ProgramLine programLine, Money amount) {
        if (memberLine.hasShortfall()) {
            throw new RuleViolation(MEMBER_SHORTFALL, "Member " + member + " has a shortfall of " + memberLine.shortfall()
                    + " (limit " + memberLine.limit() + ", used " + memberLine.outstandingPrincipal()
                    + "); no new drawdowns until it is cured");
        }
        DrawingPower power = DrawingPower.of(memberLine, programLine);
        if (!power.allows(amount)) {
            String binding = power.bindingLine() == DrawingPower.Binding.PROGRAM ? "the program limit" : "the member limit";
            throw new RuleViolation(LIMIT_EXCEEDED, "A drawdown of " + amount + " would exceed " + binding + ": member "
                    + member + " can draw " + power.canDrawNow() + " now (member available " + power.memberAvailable()
                    + ", program available " + power.programAvailable() + ")");
        }
    }
}
