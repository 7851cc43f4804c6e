package org.scfledger.core.receivable;

import static org.scfledger.core.receivable.ReceivableFields.original;
import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** The debtor confirms that it owes the receivable (确权), once the order, invoices and receivable agree (three-way match). */
public record ConfirmReceivable(@TargetAggregateIdentifier ReceivableId receivableId, LocalDate confirmedOn, PartyId actingParty) {

    public ConfirmReceivable {
        original(receivableId, "receivableId");
        required(confirmedOn, "confirmedOn");
        required(actingParty, "actingParty");
    }
}
