package org.scfledger.commands.financing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.scfledger.commands.program.Program;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.FinancingDecision;
import org.scfledger.core.program.DrawReserved;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ReleaseReservation;

/**
 * The funder's side: a decision, and a disbursement, each with the program's line in the same unit of work. A decline
 * gives the reservation back ({@code ReservationReleased}); a disbursement draws it ({@code PrincipalDrawn}). If the
 * program refuses (expired before disbursement…), nothing is written.
 */
public final class FinancingDecisions {

    private final Repository<Financing> financings;
    private final Programs programs;

    public FinancingDecisions(Repository<Financing> financings, Repository<Program> programs) {
        this.financings = financings;
        this.programs = new Programs(programs);
    }

    @CommandHandler
    public void decide(DecideFinancing command) {
        Aggregate<Financing> financing = Financings.load(financings, command.financingId());
        financing.execute(f -> f.decide(command));
        if (command.decision() == FinancingDecision.DECLINE) {
            ProgramId programId = financing.invoke(Financing::programId);
            programs.send(programId, new ReleaseReservation(programId, command.financingId(),
                    "declined: " + String.join("; ", command.reasons()), command.businessDate(), command.actingParty()));
        }
    }

    @CommandHandler
    public void disburse(DisburseFinancing command) {
        Aggregate<Financing> financing = Financings.load(financings, command.financingId());
        financing.execute(f -> f.disburse(command));
        ProgramId programId = financing.invoke(Financing::programId);
        programs.send(programId, new DrawReserved(programId, command.financingId(), command.businessDate(),
                command.actingParty()));
    }
}
