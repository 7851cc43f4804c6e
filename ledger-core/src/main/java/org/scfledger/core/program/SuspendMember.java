package org.scfledger.core.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/**
 * Stops a member from reserving new drawdowns (its assets, reservations and outstanding principal stay as they are).
 * Acting party: the program's funder.
 */
public record SuspendMember(
        @TargetAggregateIdentifier ProgramId programId, PartyId member, String reason, PartyId actingParty) {

    public SuspendMember {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.required("member", member);
        ProgramCommandFields.text("reason", reason);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
