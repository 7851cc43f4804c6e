package org.scfledger.core.program;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/**
 * Ends the program at the end of its validity: no more admissions, assets or drawdowns; repayments and asset
 * removals go on. Acting party: the program's funder, or the operator (who runs the business calendar).
 *
 * @param businessDate on or after the program's {@code validTo}
 */
public record ExpireProgram(
        @TargetAggregateIdentifier ProgramId programId, LocalDate businessDate, PartyId actingParty) {

    public ExpireProgram {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.required("businessDate", businessDate);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
