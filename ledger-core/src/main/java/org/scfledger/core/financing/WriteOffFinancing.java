package org.scfledger.core.financing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/**
 * The funder recognises a disbursed financing as a loss. The member still owes it: its principal stays outstanding on
 * the line, and later recoveries are recorded as repayments. Acting party: the program's funder.
 */
public record WriteOffFinancing(
        @TargetAggregateIdentifier FinancingId financingId,
        String reason,
        LocalDate businessDate,
        PartyId actingParty) {

    public WriteOffFinancing {
        FinancingCommandFields.required("financingId", financingId);
        FinancingCommandFields.text("reason", reason);
        FinancingCommandFields.required("businessDate", businessDate);
        FinancingCommandFields.required("actingParty", actingParty);
    }
}
