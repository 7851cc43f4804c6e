package org.scfledger.core.rules;

import org.scfledger.core.party.PartyId;

/** The acting party may not do this (only the debtor confirms, only the funder disburses, ...). Nothing was written. */
public final class NotPermitted extends RuleViolation {

    public NotPermitted(PartyId actingParty, String whatIsRequired) {
        super("not-permitted", actingParty + " may not do this: " + whatIsRequired);
    }

    /** Refuses unless the acting party is the one named. */
    public static void unless(boolean permitted, PartyId actingParty, String whatIsRequired) {
        if (!permitted) {
            throw new NotPermitted(actingParty, whatIsRequired);
        }
    }
}
