package org.scfledger.core.receivable;

import static org.scfledger.core.rules.CommandFields.required;
import static org.scfledger.core.rules.CommandFields.text;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/** The dispute on a receivable or part is over: the debtor withdraws it, or the operator records the settlement of it. */
public record ResolveDispute(@TargetAggregateIdentifier ReceivableId receivableId, String resolution, LocalDate resolvedOn,
        PartyId actingParty) {

    public ResolveDispute {
        required(receivableId, "receivableId");
        text(resolution, "resolution");
        required(resolvedOn, "resolvedOn");
        required(actingParty, "actingParty");
    }
}
