package org.scfledger.core.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** Lets a suspended member draw again. Acting party: the program's funder. */
public record ReinstateMember(
        @TargetAggregateIdentifier ProgramId programId, PartyId member, String reason, PartyId actingParty) {

    public ReinstateMember {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.required("member", member);
        ProgramCommandFields.text("reason", reason);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
