package org.scfledger.core.financing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/**
 * Business-date processing of one financing: records {@code FinancingOverdue} when, as of {@code businessDate}, it
 * entered another ageing bucket or another installment fell overdue; otherwise writes nothing. Acting party: the
 * operator.
 */
public record MarkOverdue(
        @TargetAggregateIdentifier FinancingId financingId,
        LocalDate businessDate,
        PartyId actingParty) {

    public MarkOverdue {
        FinancingCommandFields.required("financingId", financingId);
        FinancingCommandFields.required("businessDate", businessDate);
        FinancingCommandFields.required("actingParty", actingParty);
    }
}
