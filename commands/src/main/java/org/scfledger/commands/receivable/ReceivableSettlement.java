package org.scfledger.commands.receivable;

import java.util.ArrayDeque;
import java.util.Deque;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.SettleReceivable;

/**
 * The debtor's payment of a registered receivable, cleared in one unit of work to every part that carries a balance (the
 * receivable itself if it was never split): each gets {@code ReceivablePartSettled}, paid to its holder or to the funder
 * of its FINANCING encumbrance, and the registered receivable gets {@code ReceivableSettled}. A disputed part refuses the
 * whole payment (partial settlement is not supported); nothing is written then. Returns how many parts were paid.
 */
public final class ReceivableSettlement {

    private final Repository<Receivable> receivables;
    private FinancedPartPayments financedParts = FinancedPartPayments.NONE;

    public ReceivableSettlement(Repository<Receivable> receivables) {
        this.receivables = receivables;
    }

    /**
     * {@code financedParts} is told, in the settlement's unit of work, of every part paid to the funder of a FINANCING
     * encumbrance, after its {@code ReceivablePartSettled}: the receivable financing repays itself from the payment.
     */
    public ReceivableSettlement(Repository<Receivable> receivables, FinancedPartPayments financedParts) {
        this(receivables);
        this.financedParts = financedParts;
    }

    @CommandHandler
    public int settle(SettleReceivable command) {
        Aggregate<Receivable> original = receivables.load(command.receivableId().value());
        Deque<ReceivableId> toVisit = new ArrayDeque<>(original.invoke(r -> r.partsToSettle(command)));
        int paid = 0;
        if (toVisit.isEmpty()) {
            FinancedPartPaid financed = original.invoke(r -> r.financedPart(command));
            original.execute(r -> r.settlePart(command));
            financed(financed);
            paid++;
        }
        while (!toVisit.isEmpty()) {
            Aggregate<Receivable> part = receivables.load(toVisit.removeFirst().value());
            var subParts = part.invoke(Receivable::parts);
            if (subParts.isEmpty()) {
                FinancedPartPaid financed = part.invoke(r -> r.financedPart(command));
                part.execute(r -> r.settlePart(command));
                financed(financed);
                paid++;
            } else {
                toVisit.addAll(subParts);
            }
        }
        int partsSettled = paid;
        original.execute(r -> r.settle(command, partsSettled));
        return partsSettled;
    }

    private void financed(@Nullable FinancedPartPaid financed) {
        if (financed != null) {
            financedParts.paid(financed);
        }
    }
}
