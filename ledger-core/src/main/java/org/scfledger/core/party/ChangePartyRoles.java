package org.scfledger.core.party;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces a registered party's roles (a supplier that starts buying from the core enterprise becomes a distributor
 * too). Only the operator changes roles; the new set must differ from the current one.
 *
 * @param roles the complete new set of roles, at least one
 */
public record ChangePartyRoles(@TargetAggregateIdentifier PartyId partyId, Set<PartyRole> roles, PartyId actingParty) {

    public ChangePartyRoles {
        PartyCommandFields.required("partyId", partyId);
        roles = PartyCommandFields.roles(roles);
        PartyCommandFields.required("actingParty", actingParty);
    }
}
