package org.scfledger.commands.financing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.scfledger.commands.program.Program;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.money.Money;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.RecordPrincipalRepaid;

/**
 * A repayment: the financing allocates it ({@code FinancingRepaid}, and {@code FinancingRepaidInFull} when nothing is
 * left) and the program's line is restored by its principal part ({@code PrincipalRepaid}), in one unit of work. The
 * line command's acting party is the financing's funder, which receives repayments (the financing has already checked
 * that the member or the funder is recording it).
 */
public final class FinancingRepayments {

    private final Repository<Financing> financings;
    private final Programs programs;

    public FinancingRepayments(Repository<Financing> financings, Repository<Program> programs) {
        this.financings = financings;
        this.programs = new Programs(programs);
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
    }
}
