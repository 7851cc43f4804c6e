package org.scfledger.api.security;

import org.scfledger.core.party.PartyId;

/**
 * Who is calling: the party an API key acts for, and the user at that party who holds it. The acting party of every
 * command comes from here, never from the request.
 */
public record Caller(long credentialId, String keyId, PartyId party, String user, Access access) {

    public boolean is(PartyId other) {
        return party.equals(other);
    }

    public boolean readsEverything() {
        return access.readsEverything();
    }

    /** The caller may see what concerns the parties named: it is one of them, or it reads everything. */
    public boolean mayRead(PartyId... concerned) {
        if (readsEverything()) {
            return true;
        }
        for (PartyId each : concerned) {
            if (each != null && is(each)) {
                return true;
            }
        }
        return false;
    }
}
