package org.scfledger.core.receivable;

import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.party.PartyId;

/** The holder pledges a confirmed receivable (or part) to one financing or line: never two at a time (no double financing). */
public record EncumberReceivable(@TargetAggregateIdentifier ReceivableId receivableId, Encumbrance encumbrance,
        LocalDate encumberedOn, PartyId actingParty) {

    public EncumberReceivable {
        required(receivableId, "receivableId");
        required(encumbrance, "encumbrance");
        required(encumberedOn, "encumberedOn");
        required(actingParty, "actingParty");
    }
}
