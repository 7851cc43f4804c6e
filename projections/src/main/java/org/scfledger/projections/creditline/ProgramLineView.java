package org.scfledger.projections.creditline;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.credit.Concentration;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;

/**
 * A program's line: one limit shared by all members against one core enterprise.
 *
 * @param utilised Σ used (reserved + outstanding) of all members
 * @param available max(0, program limit − utilised)
 * @param excess max(0, utilised − program limit): only after the limit was lowered under drawn lines
 * @param byMember each member's use, in order of member id
 * @param concentration the largest member by use and its share of the utilisation; null while nothing is used
 */
public record ProgramLineView(
        ProgramId programId,
        PartyId coreEnterprise,
        PartyId funder,
        Money programLimit,
        Money utilised,
        Money available,
        Money excess,
        int members,
        List<MemberExposure> byMember,
        @Nullable Concentration concentration,
        LocalDate validFrom,
        LocalDate validTo,
        @Nullable LocalDate expiredOn) {

    public ProgramLineView {
        byMember = List.copyOf(byMember);
    }
}
