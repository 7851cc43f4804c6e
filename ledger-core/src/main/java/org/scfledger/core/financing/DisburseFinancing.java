package org.scfledger.core.financing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/**
 * The funder pays an approved financing out on {@code businessDate}: the schedule is fixed from that date and the
 * reservation becomes outstanding principal on the line. Acting party: the program's funder (only the funder disburses).
 */
public record DisburseFinancing(
        @TargetAggregateIdentifier FinancingId financingId,
        LocalDate businessDate,
        PartyId actingParty) {

    public DisburseFinancing {
        FinancingCommandFields.required("financingId", financingId);
        FinancingCommandFields.required("businessDate", businessDate);
        FinancingCommandFields.required("actingParty", actingParty);
    }
}
