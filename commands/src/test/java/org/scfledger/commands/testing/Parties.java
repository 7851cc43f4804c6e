package org.scfledger.commands.testing;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;
import org.scfledger.commands.party.Party;
import org.scfledger.core.party.PartyEvent.PartyRegistered;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.PartyRole;
import org.scfledger.core.party.RegisterParty;
import org.scfledger.core.party.UnifiedSocialCreditCode;

/** Registers the parties a program needs before it is created or members are admitted (programs check their parties). */
public final class Parties {

    public static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.of("91440300MA5FQ2N7BM");

    private Parties() {
    }

    /** Registers {@code party} with {@code roles}, as the operator. */
    public static void register(CommandGateway gateway, PartyId party, PartyRole... roles) {
        gateway.sendAndWait(new RegisterParty(party, "Party " + party, CODE, Set.copyOf(Arrays.asList(roles)),
                PartyId.OPERATOR));
    }

    /** The core enterprise, the funder, and members that may be admitted on either side. */
    public static void forProgram(CommandGateway gateway, PartyId core, PartyId funder, PartyId... members) {
        register(gateway, core, PartyRole.CORE_ENTERPRISE);
        register(gateway, funder, PartyRole.FUNDER);
        members(gateway, members);
    }

    /** Further core enterprises (of other programs). */
    public static void cores(CommandGateway gateway, PartyId... cores) {
        for (PartyId core : cores) {
            register(gateway, core, PartyRole.CORE_ENTERPRISE);
        }
    }

    /** Further funders (of other programs of the same core enterprise). */
    public static void funders(CommandGateway gateway, PartyId... funders) {
        for (PartyId funder : funders) {
            register(gateway, funder, PartyRole.FUNDER);
        }
    }

    /** Members that may be admitted on either side (SUPPLIER and DISTRIBUTOR). */
    public static void members(CommandGateway gateway, PartyId... members) {
        for (PartyId member : members) {
            register(gateway, member, PartyRole.SUPPLIER, PartyRole.DISTRIBUTOR);
        }
    }

    /** A party repository in memory holding exactly these registrations, for an aggregate test fixture. */
    public static Repository<Party> inMemory(Map<PartyId, Set<PartyRole>> registered) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        registered.forEach((party, roles) -> store.publish(new GenericDomainEventMessage<>("Party", party.toString(), 0,
                new PartyRegistered(party, "Party " + party, CODE, Set.copyOf(roles)))));
        return EventSourcingRepository.builder(Party.class).eventStore(store).build();
    }
}
