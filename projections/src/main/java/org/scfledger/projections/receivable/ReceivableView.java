package org.scfledger.projections.receivable;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.ReceivablePart;
import org.scfledger.core.receivable.ThreeWayMatch;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;

/**
 * A receivable or part in the book.
 *
 * @param holderChain every holder from the core enterprise's original creditor down to this part's current holder
 * @param financing the receivable financing that assigned it, if any
 * @param paidTo who received the debtor's payment for it: the funder that financed it, else its holder
 * @param overdue whether it fell due unpaid
 */
public record ReceivableView(
        ReceivableId receivableId,
        ReceivableId originalId,
        @Nullable ReceivableId parentId,
        ProgramId programId,
        PartyId debtor,
        PartyId holder,
        Money faceAmount,
        Money balance,
        LocalDate maturityDate,
        ReceivableStatus status,
        @Nullable LocalDate confirmedOn,
        @Nullable ThreeWayMatch match,
        @Nullable String disputeReason,
        List<InvoiceId> invoiceIds,
        @Nullable OrderId orderId,
        List<Holding> holderChain,
        List<ReceivablePart> parts,
        @Nullable Encumbrance encumbrance,
        @Nullable ReceivableFinancing financing,
        @Nullable Money maximumAdvance,
        Money settledAmount,
        @Nullable PartyId paidTo,
        @Nullable LocalDate paidOn,
        @Nullable Money debtorPaid,
        boolean overdue) {

    public ReceivableView {
        invoiceIds = List.copyOf(invoiceIds);
        holderChain = List.copyOf(holderChain);
        parts = List.copyOf(parts);
    }
}
