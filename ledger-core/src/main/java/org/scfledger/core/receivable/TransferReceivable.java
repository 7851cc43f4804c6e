package org.scfledger.core.receivable;

import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** The holder hands a confirmed receivable (or part) on, whole, to a new holder. */
public record TransferReceivable(@TargetAggregateIdentifier ReceivableId receivableId, PartyId newHolder, LocalDate transferredOn,
        PartyId actingParty) {

    public TransferReceivable {
        required(receivableId, "receivableId");
        required(newHolder, "newHolder");
        required(transferredOn, "transferredOn");
        required(actingParty, "actingParty");
    }
}
