package org.scfledger.core.program;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * Sets a member's base limit and cap anew (a new rating, a longer trade history). Acting party: the program's funder.
 * Lowered under what the member has reserved and drawn, the line is in shortfall, which the funder sees.
 *
 * @param businessDate the day the change takes effect
 */
public record ChangeMemberLimits(
        @TargetAggregateIdentifier ProgramId programId,
        PartyId member,
        Money baseLimit,
        Money memberCap,
        LocalDate businessDate,
        PartyId actingParty) {

    public ChangeMemberLimits {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.required("member", member);
        MemberLimitFields.check(baseLimit, memberCap);
        ProgramCommandFields.required("businessDate", businessDate);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
