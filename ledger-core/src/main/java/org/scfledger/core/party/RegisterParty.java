package org.scfledger.core.party;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a party (core enterprise, supplier, distributor, funder, auditor, guarantor) under an id chosen by the
 * caller. Only the {@linkplain PartyId#OPERATOR operator} registers parties; an id is registered once, forever.
 *
 * @param unifiedSocialCreditCode the enterprise's 统一社会信用代码, check character verified
 * @param roles the parts the party may play, at least one
 * @param actingParty filled in by the API from the authenticated caller
 */
public record RegisterParty(
        @TargetAggregateIdentifier PartyId partyId,
        String legalName,
        UnifiedSocialCreditCode unifiedSocialCreditCode,
        Set<PartyRole> roles,
        PartyId actingParty) {

    public RegisterParty {
        PartyCommandFields.required("partyId", partyId);
        PartyCommandFields.legalName(legalName);
        PartyCommandFields.required("unifiedSocialCreditCode", unifiedSocialCreditCode);
        roles = PartyCommandFields.roles(roles);
        PartyCommandFields.required("actingParty", actingParty);
    }
}
