package org.scfledger.core.program;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * Restores the line by the principal part of a repayment (lines revolve). Acting party: the program's funder, which
 * receives repayments; at most the financing's outstanding principal.
 */
public record RecordPrincipalRepaid(
        @TargetAggregateIdentifier ProgramId programId,
        FinancingId financingId,
        Money principal,
        LocalDate businessDate,
        PartyId actingParty) {

    public RecordPrincipalRepaid {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.required("financingId", financingId);
        ProgramCommandFields.positiveAmount("principal", principal);
        ProgramCommandFields.required("businessDate", businessDate);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
