package org.scfledger.core.receivable;

import static org.scfledger.core.rules.CommandFields.required;
import static org.scfledger.core.rules.CommandFields.text;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** The debtor disputes a receivable or a part (defective goods, short delivery): it cannot move until resolved. */
public record DisputeReceivable(@TargetAggregateIdentifier ReceivableId receivableId, String reason, LocalDate disputedOn,
        PartyId actingParty) {

    public DisputeReceivable {
        required(receivableId, "receivableId");
        text(reason, "reason");
        required(disputedOn, "disputedOn");
        required(actingParty, "actingParty");
    }
}
