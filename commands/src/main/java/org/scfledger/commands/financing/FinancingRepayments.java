package org.scfledger.commands.financing;

import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.receivable.Receivable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.RecordPrincipalRepaid;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.ReleaseReceivable;

/**
 * A repayment: the financing allocates it ({@code FinancingRepaid}, and {@code FinancingRepaidInFull} when nothing is
 * left) and the program's line is restored by its principal part ({@code PrincipalRepaid}), in one unit of work. The
 * line command's acting party is the financing's funder, which receives repayments (the financing has already checked
 * that the member or the funder is recording it).
 */
public final class FinancingRepayments {

    private final Repository<Financing> financings;
    private final Programs programs;
    private @Nullable Repository<Receivable> receivables;

    public FinancingRepayments(Repository<Financing> financings, Repository<Program> programs) {
        this.financings = financings;
        this.programs = new Programs(programs);
    }

    /**
     * With the receivables: a repayment that repays a receivable financing in full also releases its receivable's
     * FINANCING encumbrance ({@code ReceivableReleased}, by the funder that holds it), in the same unit of work.
     */
    public FinancingRepayments(Repository<Financing> financings, Repository<Program> programs,
            Repository<Receivable> receivables) {
        this(financings, programs);
        this.receivables = receivables;
    }

    @CommandHandler
    public void repay(RepayFinancing command) {
        Aggregate<Financing> financing = Financings.load(financings, command.financingId());
        Money principal = financing.invoke(f -> f.repay(command));
        if (principal.isPositive()) {
            ProgramId programId = financing.invoke(Financing::programId);
            programs.send(programId, new RecordPrincipalRepaid(programId, command.financingId(), principal,
                    command.businessDate(), financing.invoke(Financing::funder)));
        }
        if (financing.invoke(Financing::repaidInFull)) {
            releaseReceivable(financing, command);
        }
    }

    /** A receivable financing repaid in full frees its receivable (the funder holds the encumbrance). */
    private void releaseReceivable(Aggregate<Financing> financing, RepayFinancing command) {
        ReceivableId receivableId = financing.invoke(Financing::receivableId);
        if (receivableId == null) {
            return;
        }
        Repository<Receivable> repository = Objects.requireNonNull(receivables,
                "FinancingRepayments needs the receivables to repay a receivable financing in full");
        PartyId funder = financing.invoke(Financing::funder);
        var release = new ReleaseReceivable(receivableId, Encumbrance.financing(command.financingId().value(), funder),
                command.businessDate(), funder);
        Receivables.load(repository, receivableId).execute(receivable -> receivable.handle(release));
    }
}
