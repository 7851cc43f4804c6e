package org.scfledger.commands.party;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.party.ChangePartyRoles;
import org.scfledger.core.party.PartyEvent.PartyRegistered;
import org.scfledger.core.party.PartyEvent.PartyRolesChanged;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.PartyRole;
import org.scfledger.core.party.RegisterParty;
import org.scfledger.core.rules.NotPermitted;
import org.scfledger.core.rules.RuleViolation;

/**
 * A party of N+1+N finance. Only the operator registers parties and changes their roles; the party id is the
 * aggregate id, so an id registered twice is refused by the journal (a second creation of the same aggregate).
 */
public class Party {

    @AggregateIdentifier
    private @Nullable PartyId partyId;
    private Set<PartyRole> roles = Set.of();

    protected Party() {
        // rebuilt from its events
    }

    @CommandHandler
    public Party(RegisterParty command) {
        requireOperator(command.actingParty(), "register a party");
        apply(new PartyRegistered(command.partyId(), command.legalName(), command.unifiedSocialCreditCode(),
                command.roles()));
    }

    @CommandHandler
    void handle(ChangePartyRoles command) {
        requireOperator(command.actingParty(), "change a party's roles");
        if (command.roles().equals(roles)) {
            throw new RuleViolation("roles-unchanged", "Party " + command.partyId() + " already has the roles " + roles);
        }
        apply(new PartyRolesChanged(command.partyId(), roles, command.roles()));
    }

    /** The party's registered roles (read by services that check a party's role in the same unit of work). */
    public Set<PartyRole> roles() {
        return roles;
    }

    /** Whether the party is registered with {@code role}. */
    public boolean hasRole(PartyRole role) {
        return roles.contains(role);
    }

    private static void requireOperator(PartyId actingParty, String what) {
        NotPermitted.unless(PartyId.OPERATOR.equals(actingParty), actingParty, "only the operator may " + what);
    }

    @EventSourcingHandler
    void on(PartyRegistered event) {
        this.partyId = event.partyId();
        this.roles = event.roles();
    }

    @EventSourcingHandler
    void on(PartyRolesChanged event) {
        this.roles = event.roles();
    }
}
