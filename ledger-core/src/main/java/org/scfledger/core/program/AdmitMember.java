package org.scfledger.core.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * Admits a supplier or distributor to the program with its line's fixed inputs. Acting party: the program's funder.
 * A member is admitted once per program.
 *
 * @param baseLimit the line before any asset (from rating and trade history)
 * @param memberCap the most the line can reach however many assets back it; at least the base limit
 */
public record AdmitMember(
        @TargetAggregateIdentifier ProgramId programId,
        PartyId member,
        MemberSide side,
        Money baseLimit,
        Money memberCap,
        PartyId actingParty) {

    public AdmitMember {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.required("member", member);
        ProgramCommandFields.required("side", side);
        MemberLimitFields.check(baseLimit, memberCap);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
