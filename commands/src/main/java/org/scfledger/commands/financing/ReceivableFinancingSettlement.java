package org.scfledger.commands.financing;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.receivable.FinancedPartPaid;
import org.scfledger.commands.receivable.FinancedPartPayments;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.money.Money;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.RecordPrincipalRepaid;

/**
 * The receivable financing's side of the debtor's payment, called by {@code ReceivableSettlement} in its unit of work
 * for each part paid to the funder of a FINANCING encumbrance: the financing named by the encumbrance is repaid from
 * the payment ({@code FinancingRepaid}, {@code FinancingRepaidInFull}), the rest recorded as owed to the supplier
 * ({@code ReceivableProceedsApplied}), and the program's line restored by the principal ({@code PrincipalRepaid},
 * acting party the funder). An encumbrance that names no receivable financing of this part (pledged outside this flow)
 * changes nothing here: the whole part is the funder's, as before.
 */
public final class ReceivableFinancingSettlement implements FinancedPartPayments {

    private final Repository<Financing> financings;
    private final Programs programs;
    private final EventStore journal;

    public ReceivableFinancingSettlement(Repository<Financing> financings, Repository<Program> programs, EventStore journal) {
        this.financings = financings;
        this.programs = new Programs(programs);
        this.journal = journal;
    }

    @Override
    public void paid(FinancedPartPaid paid) {
        FinancingId financingId;
        try {
            financingId = FinancingId.of(paid.encumbrance().reference());
        } catch (IllegalArgumentException notAFinancingId) {
            return;
        }
        if (journal.lastSequenceNumberFor(financingId.toString()).isEmpty()) {
            return;
        }
        Aggregate<Financing> financing = Financings.load(financings, financingId);
        if (!paid.receivableId().equals(financing.invoke(Financing::receivableId))) {
            return;
        }
        Money principal = financing.invoke(f -> f.applyReceivableProceeds(paid));
        if (principal.isPositive()) {
            ProgramId programId = financing.invoke(Financing::programId);
            programs.send(programId, new RecordPrincipalRepaid(programId, financingId, principal, paid.paidOn(),
                    financing.invoke(Financing::funder)));
        }
    }
}
