package org.scfledger.core.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * Raises or lowers the program limit. Acting party: the program's funder. A limit lowered under what members have
 * already reserved and drawn stops new drawdowns until repayments bring the program back under it.
 */
public record ChangeProgramLimit(
        @TargetAggregateIdentifier ProgramId programId, Money programLimit, PartyId actingParty) {

    public ChangeProgramLimit {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.positiveAmount("programLimit", programLimit);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
