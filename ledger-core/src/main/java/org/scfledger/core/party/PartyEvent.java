package org.scfledger.core.party;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** What happens to a party: the events of the {@code Party} aggregate. */
public sealed interface PartyEvent {

    PartyId partyId();

    /** The operator registered a party with its legal identity and roles. */
    @Revision("1")
    record PartyRegistered(
            PartyId partyId, String legalName, UnifiedSocialCreditCode unifiedSocialCreditCode, Set<PartyRole> roles)
            implements PartyEvent {

        public PartyRegistered {
            roles = PartyCommandFields.roles(roles);
        }
    }

    /** The operator replaced a party's roles. */
    @Revision("1")
    record PartyRolesChanged(PartyId partyId, Set<PartyRole> previousRoles, Set<PartyRole> roles) implements PartyEvent {

        public PartyRolesChanged {
            previousRoles = PartyCommandFields.roles(previousRoles);
            roles = PartyCommandFields.roles(roles);
        }
    }
}
