package org.scfledger.core.credit;

import org.scfledger.core.money.Money;

/**
 * The program's line: one limit shared by all members against one core enterprise.
 *
 * @param utilised Σ outstanding principal of all members
 * @param available max(0, program limit − utilised)
 * @param excess max(0, utilised − program limit): can only arise if the program limit is lowered under drawn lines
 */
public record ProgramLine(Money programLimit, Money utilised, Money available, Money excess) {

    public static ProgramLine compute(Money programLimit, Iterable<Money> outstandingPrincipalOfMembers) {
        MemberLine.requireBookedAndNotNegative("program limit", programLimit);
        Money utilised = Money.zero(programLimit.currency());
        for (Money outstanding : outstandingPrincipalOfMembers) {
            MemberLine.requireBookedAndNotNegative("outstanding principal", outstanding);
            utilised = utilised.plus(outstanding);
        }
        return new ProgramLine(programLimit, utilised,
                programLimit.minus(utilised).atLeastZero(),
                utilised.minus(programLimit).atLeastZero());
    }
}
