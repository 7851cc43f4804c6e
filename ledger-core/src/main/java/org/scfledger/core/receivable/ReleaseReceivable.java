package org.scfledger.core.receivable;

import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.party.PartyId;

/** Frees the receivable (or part) from the encumbrance it names (the financing was repaid or declined, the line closed). */
public record ReleaseReceivable(@TargetAggregateIdentifier ReceivableId receivableId, Encumbrance encumbrance,
        LocalDate releasedOn, PartyId actingParty) {

    public ReleaseReceivable {
        required(receivableId, "receivableId");
        required(encumbrance, "encumbrance");
        required(releasedOn, "releasedOn");
        required(actingParty, "actingParty");
    }
}
