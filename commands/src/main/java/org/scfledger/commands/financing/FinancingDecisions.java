package org.scfledger.commands.financing;

import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.receivable.Receivable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.FinancingDecision;
import org.scfledger.core.program.DrawReserved;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ReleaseReservation;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.ReleaseReceivable;

/**
 * The funder's side: a decision, and a disbursement, each with the program's line in the same unit of work. A decline
 * gives the reservation back ({@code ReservationReleased}); a disbursement draws it ({@code PrincipalDrawn}). If the
 * program refuses (expired before disbursement…), nothing is written.
 */
public final class FinancingDecisions {

    private final Repository<Financing> financings;
    private final Programs programs;
    private @Nullable Repository<Receivable> receivables;

    public FinancingDecisions(Repository<Financing> financings, Repository<Program> programs) {
        this.financings = financings;
        this.programs = new Programs(programs);
    }

    /**
     * With the receivables: declining a receivable financing also releases its receivable's encumbrance
     * ({@code ReceivableReleased}), in the same unit of work.
     */
    public FinancingDecisions(Repository<Financing> financings, Repository<Program> programs,
            Repository<Receivable> receivables) {
        this(financings, programs);
        this.receivables = receivables;
    }

    @CommandHandler
    public void decide(DecideFinancing command) {
        Aggregate<Financing> financing = Financings.load(financings, command.financingId());
        financing.execute(f -> f.decide(command));
        if (command.decision() == FinancingDecision.DECLINE) {
            ProgramId programId = financing.invoke(Financing::programId);
            programs.send(programId, new ReleaseReservation(programId, command.financingId(),
                    "declined: " + String.join("; ", command.reasons()), command.businessDate(), command.actingParty()));
            releaseReceivable(financing, command);
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

    /** A declined receivable financing frees its receivable (the funder, who declined, holds the encumbrance). */
    private void releaseReceivable(Aggregate<Financing> financing, DecideFinancing command) {
        ReceivableId receivableId = financing.invoke(Financing::receivableId);
        if (receivableId == null) {
            return;
        }
        Repository<Receivable> repository = Objects.requireNonNull(receivables,
                "FinancingDecisions needs the receivables to decline a receivable financing");
        ReleaseReceivable release = new ReleaseReceivable(receivableId,
                Encumbrance.financing(command.financingId().value(), financing.invoke(Financing::funder)),
                command.businessDate(), command.actingParty());
        Receivables.load(repository, receivableId).execute(r -> r.handle(release));
    }
}
