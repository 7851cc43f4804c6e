package org.scfledger.core.program;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.party.PartyId;

/**
 * On disbursement: the whole reservation becomes outstanding principal. Acting party: the program's funder (only the
 * funder disburses).
 */
public record DrawReserved(
        @TargetAggregateIdentifier ProgramId programId,
        FinancingId financingId,
        LocalDate businessDate,
        PartyId actingParty) {

    public DrawReserved {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.required("financingId", financingId);
        ProgramCommandFields.required("businessDate", businessDate);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
