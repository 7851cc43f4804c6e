package org.scfledger.commands.program;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.scfledger.commands.party.Party;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.PartyRole;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.rules.RuleViolation;

/**
 * Programs check their parties (ADR 0003: one unit of work, several aggregates): {@link CreateProgram} only when the
 * core enterprise is a registered party with role CORE_ENTERPRISE and the funder one with role FUNDER;
 * {@link AdmitMember} only when the member is registered with role SUPPLIER (side SUPPLIER) or DISTRIBUTOR (side
 * DISTRIBUTOR). The parties are only read; the program's own rules are checked first, so a party that may not send the
 * command learns nothing about the registry. Refusals: {@code party-not-registered}, {@code party-role-missing}.
 */
public final class ProgramParties {

    private final Repository<Program> programs;
    private final Repository<Party> parties;

    public ProgramParties(Repository<Program> programs, Repository<Party> parties) {
        this.programs = programs;
        this.parties = parties;
    }

    @CommandHandler
    public void create(CreateProgram command) throws Exception {
        Program.checkCreation(command);
        requireRole(command.coreEnterprise(), PartyRole.CORE_ENTERPRISE, "core enterprise");
        requireRole(command.funder(), PartyRole.FUNDER, "funder");
        programs.newInstance(() -> new Program(command));
    }

    @CommandHandler
    public void admit(AdmitMember command) {
        Aggregate<Program> program = programs.load(command.programId().toString());
        program.execute(p -> p.checkAdmission(command));
        requireRole(command.member(), command.side() == MemberSide.SUPPLIER ? PartyRole.SUPPLIER : PartyRole.DISTRIBUTOR,
                "member on the " + command.side() + " side");
        program.execute(p -> p.admitMember(command));
    }

    private void requireRole(PartyId partyId, PartyRole role, String as) {
        Aggregate<Party> party;
        try {
            party = parties.load(partyId.toString());
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation("party-not-registered", partyId + " is not a registered party and cannot be the "
                    + as + " of a program");
        }
        if (!party.invoke(p -> p.hasRole(role))) {
            throw new RuleViolation("party-role-missing", partyId + " is registered without the role " + role
                    + " and cannot be the " + as + " of a program");
        }
    }
}
