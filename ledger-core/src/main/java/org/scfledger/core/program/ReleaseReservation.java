package org.scfledger.core.program;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.party.PartyId;

/**
 * Gives a reservation back to the line (the financing was declined, withdrawn or abandoned). Acting party: the member
 * that reserved it, or the program's funder.
 */
public record ReleaseReservation(
        @TargetAggregateIdentifier ProgramId programId,
        FinancingId financingId,
        String reason,
        LocalDate businessDate,
        PartyId actingParty) {

    public ReleaseReservation {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.required("financingId", financingId);
        ProgramCommandFields.text("reason", reason);
        ProgramCommandFields.required("businessDate", businessDate);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
