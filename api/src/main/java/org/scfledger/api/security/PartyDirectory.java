package org.scfledger.api.security;

import java.util.Optional;
import java.util.Set;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.party.PartyEvent;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.PartyRole;
import org.scfledger.core.party.UnifiedSocialCreditCode;
import org.scfledger.projections.LedgerEvents;

/**
 * A party as the journal records it, read from its own events (a handful), so that a key issued right after the
 * party was registered already knows its roles.
 */
public final class PartyDirectory {

    private final Journal journal;

    public PartyDirectory(Journal journal) {
        this.journal = journal;
    }

    public Optional<RegisteredParty> find(PartyId partyId) {
        RegisteredParty party = null;
        for (var record : journal.aggregateRecordsBefore(partyId.toString(), journal.head().size())) {
            Object event = LedgerEvents.decode(record);
            if (event instanceof PartyEvent.PartyRegistered registered) {
                party = new RegisteredParty(registered.partyId(), registered.legalName(), registered.unifiedSocialCreditCode(),
                        registered.roles(), record.position());
            } else if (event instanceof PartyEvent.PartyRolesChanged changed && party != null) {
                party = new RegisteredParty(party.partyId(), party.legalName(), party.unifiedSocialCreditCode(), changed.roles(),
                        party.registeredAt());
            }
        }
        return Optional.ofNullable(party);
    }

    /** The access a key for this party gets: the operator's, an auditor's (read only), or a business party's. */
    public static Access accessOf(PartyId partyId, Set<PartyRole> roles) {
        if (partyId.equals(PartyId.OPERATOR)) {
            return Access.OPERATOR;
        }
        return roles.contains(PartyRole.AUDITOR) ? Access.AUDITOR : Access.PARTY;
    }

    /** @param registeredAt the journal position of its registration */
    public record RegisteredParty(PartyId partyId, String legalName, UnifiedSocialCreditCode unifiedSocialCreditCode,
            Set<PartyRole> roles, long registeredAt) {
    }
}
