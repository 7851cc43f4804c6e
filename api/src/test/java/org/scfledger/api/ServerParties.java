package org.scfledger.api;

import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.PartyRole;
import org.scfledger.core.party.RegisterParty;
import org.scfledger.core.party.UnifiedSocialCreditCode;

/** Registers the parties a server test's program needs (programs check their parties' roles). */
final class ServerParties {

    private ServerParties() {
    }

    static void register(CommandGateway commands, PartyId party, PartyRole role) {
        commands.sendAndWait(new RegisterParty(party, "Party " + party, UnifiedSocialCreditCode.of("91440300MA5FQ2N7BM"),
                Set.of(role), PartyId.OPERATOR));
    }

    /** A core enterprise, its funder and one supplier. */
    static void forProgram(CommandGateway commands, PartyId core, PartyId funder, PartyId supplier) {
        register(commands, core, PartyRole.CORE_ENTERPRISE);
        register(commands, funder, PartyRole.FUNDER);
        register(commands, supplier, PartyRole.SUPPLIER);
    }
}
