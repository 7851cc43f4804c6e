package org.scfledger.core.receivable;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.rules.CommandFields;

/**
 * The business calendar records that a receivable has reached its maturity unpaid. Acting party: the
 * {@linkplain PartyId#OPERATOR operator}, who runs the calendar. If the receivable counts on a credit line, it
 * leaves the line in the same unit of work.
 */
public record RecordReceivableDue(@TargetAggregateIdentifier ReceivableId receivableId, LocalDate businessDate, PartyId actingParty) {

    public RecordReceivableDue {
        CommandFields.required(receivableId, "receivableId");
        CommandFields.required(businessDate, "businessDate");
        CommandFields.required(actingParty, "actingParty");
    }
}
