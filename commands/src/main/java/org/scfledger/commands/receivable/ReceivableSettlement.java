package org.scfledger.commands.receivable;

import java.util.ArrayDeque;
import java.util.Deque;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.program.LinesCounting;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.trade.Invoice;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.RemoveAssetFromLine;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.SettleReceivable;
import org.scfledger.core.trade.InvoiceId;

/**
 * The debtor's payment of a registered receivable, cleared in one unit of work to every part that carries a balance (the
 * receivable itself if it was never split): each gets {@code ReceivablePartSettled}, paid to its holder or to the funder
 * of its FINANCING encumbrance, and the registered receivable gets {@code ReceivableSettled}. A disputed part refuses the
 * whole payment (partial settlement is not supported); nothing is written then. Returns how many parts were paid.
 * A part that counts on a credit line leaves it in the same unit of work ({@code RemoveAssetFromLine}, {@code SETTLED}),
 * when the settlement is given the programs.
 */
public final class ReceivableSettlement {

    private final Repository<Receivable> receivables;
    private FinancedPartPayments financedParts = FinancedPartPayments.NONE;
    private @Nullable Repository<Program> programs;
    private @Nullable Repository<Invoice> invoices;

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

    /** As above; a settled part that counts on a line of a program in {@code programs} is removed from that line. */
    public ReceivableSettlement(Repository<Receivable> receivables, FinancedPartPayments financedParts, Repository<Program> programs) {
        this(receivables, financedParts);
        this.programs = programs;
    }

    /** As above; the settled receivable's invoices in {@code invoices} may count on a line on their own again. */
    public ReceivableSettlement(Repository<Receivable> receivables, FinancedPartPayments financedParts, Repository<Program> programs,
            Repository<Invoice> invoices) {
        this(receivables, financedParts, programs);
        this.invoices = invoices;
    }

    @CommandHandler
    public int settle(SettleReceivable command) {
        Aggregate<Receivable> original = receivables.load(command.receivableId().value());
        Deque<ReceivableId> toVisit = new ArrayDeque<>(original.invoke(r -> r.partsToSettle(command)));
        int paid = 0;
        if (toVisit.isEmpty()) {
            settleLeaf(original, command);
            paid++;
        }
        while (!toVisit.isEmpty()) {
            Aggregate<Receivable> part = receivables.load(toVisit.removeFirst().value());
            var subParts = part.invoke(Receivable::parts);
            if (subParts.isEmpty()) {
                settleLeaf(part, command);
                paid++;
            } else {
                toVisit.addAll(subParts);
            }
        }
        int partsSettled = paid;
        original.execute(r -> r.settle(command, partsSettled));
        freeInvoices(original.invoke(Receivable::invoiceIds), command);
        return partsSettled;
    }

    /** Pays one part that was not split further: to its holder, or to the financing that it backs; off its line. */
    private void settleLeaf(Aggregate<Receivable> leaf, SettleReceivable command) {
        FinancedPartPaid financed = leaf.invoke(r -> r.financedPart(command));
        Receivable.LineBacked onLine = leaf.invoke(Receivable::lineBacked);
        leaf.execute(r -> r.settlePart(command));
        financed(financed);
        removeFromLine(onLine, command);
    }

    /** The settled part no longer counts on its line: the program removes it ({@code SETTLED}). */
    private void removeFromLine(Receivable.@Nullable LineBacked onLine, SettleReceivable command) {
        if (onLine == null || programs == null) {
            return;
        }
        String assetId = onLine.receivableId().toString();
        LinesCounting.counting(programs, onLine.encumbrance(), onLine.holder(), assetId).ifPresent(line -> {
            PartyId acting = line.program().invoke(Program::coreEnterprise).equals(command.actingParty()) ? command.actingParty()
                    : PartyId.OPERATOR;
            line.program().execute(p -> p.removeAssetFromLine(new RemoveAssetFromLine(line.programId(), assetId,
                    AssetRemovalReason.SETTLED, command.paidOn(), acting)));
        });
    }

    /** The receivable no longer rests on its invoices ({@code InvoiceReceivableSettled}). */
    private void freeInvoices(java.util.List<InvoiceId> invoiceIds, SettleReceivable command) {
        Repository<Invoice> repository = invoices;
        if (repository == null) {
            return;
        }
        for (InvoiceId invoiceId : invoiceIds) {
            Aggregate<Invoice> invoice;
            try {
                invoice = repository.load(invoiceId.value());
            } catch (AggregateNotFoundException e) {
                continue;
            }
            invoice.execute(i -> i.receivableSettled(command.receivableId(), command.paidOn()));
        }
    }

    private void financed(@Nullable FinancedPartPaid financed) {
        if (financed != null) {
            financedParts.paid(financed);
        }
    }
}
