package org.scfledger.core.receivable;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;

/** What happens to a receivable or one of its parts: the events of the {@code Receivable} aggregate. */
public sealed interface ReceivableEvent {

    ReceivableId receivableId();

    /** The creditor registered what the debtor owes it; the creditor holds it. Not yet confirmed. */
    @Revision("1")
    record ReceivableRegistered(ReceivableId receivableId, PartyId creditor, PartyId debtor, Money faceAmount,
            LocalDate maturityDate, List<InvoiceId> invoiceIds, OrderId orderId, ProgramId programId, LocalDate registeredOn)
            implements ReceivableEvent {

        public ReceivableRegistered {
            invoiceIds = List.copyOf(invoiceIds);
        }
    }

    /** The debtor confirmed it owes the receivable (确权), after the three-way match in {@code match} passed. */
    @Revision("1")
    record ReceivableConfirmed(ReceivableId receivableId, PartyId debtor, ThreeWayMatch match, LocalDate confirmedOn)
            implements ReceivableEvent {
    }

    /** The debtor disputes the receivable or part: it cannot be confirmed, split, transferred, pledged or settled. */
    @Revision("1")
    record ReceivableDisputed(ReceivableId receivableId, PartyId disputedBy, String reason, LocalDate disputedOn)
            implements ReceivableEvent {
    }

    /** The dispute is over. */
    @Revision("1")
    record ReceivableDisputeResolved(ReceivableId receivableId, PartyId resolvedBy, String resolution, LocalDate resolvedOn)
            implements ReceivableEvent {
    }

    /** The holder split its whole balance into {@code parts}; this receivable's balance is now zero. */
    @Revision("1")
    record ReceivableSplit(ReceivableId receivableId, PartyId splitBy, Money balance, List<ReceivablePart> parts, LocalDate splitOn)
            implements ReceivableEvent {

        public ReceivableSplit {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A part came into being by a split of {@code parentId}: it inherits the debtor, the maturity and the confirmation.
     *
     * @param originalId the registered receivable the debtor will pay
     */
    @Revision("1")
    record ReceivablePartCreated(ReceivableId receivableId, ReceivableId parentId, ReceivableId originalId, ProgramId programId,
            PartyId debtor, PartyId holder, Money amount, LocalDate maturityDate, LocalDate confirmedOn, LocalDate createdOn)
            implements ReceivableEvent {
    }

    /** The holder handed the receivable or part on, whole. */
    @Revision("1")
    record ReceivableTransferred(ReceivableId receivableId, PartyId previousHolder, PartyId newHolder, Money amount,
            LocalDate transferredOn) implements ReceivableEvent {
    }

    /** The receivable or part now backs {@code encumbrance}, and nothing else until released or settled. */
    @Revision("1")
    record ReceivableEncumbered(ReceivableId receivableId, Encumbrance encumbrance, Money amount, PartyId encumberedBy,
            LocalDate encumberedOn) implements ReceivableEvent {
    }

    /** The receivable or part no longer backs {@code encumbrance}. */
    @Revision("1")
    record ReceivableReleased(ReceivableId receivableId, Encumbrance encumbrance, PartyId releasedBy, LocalDate releasedOn)
            implements ReceivableEvent {
    }

    /**
     * The debtor's payment cleared this receivable or part: {@code amount} paid to {@code paidTo}, the holder, or the
     * funder holding a FINANCING {@code encumbrance}, which ends with it (as does any encumbrance).
     */
    @Revision("1")
    record ReceivablePartSettled(ReceivableId receivableId, ReceivableId originalId, PartyId holder, PartyId paidTo, Money amount,
            @Nullable Encumbrance encumbrance, LocalDate paidOn) implements ReceivableEvent {
    }

    /**
     * The receivable reached its maturity unpaid, as the business calendar recorded on {@code recordedOn}: from now on
     * it no longer counts on a credit line (DOMAIN.md: a receivable is live while "not yet due").
     */
    @Revision("1")
    record ReceivableFellDue(ReceivableId receivableId, LocalDate maturityDate, LocalDate recordedOn) implements ReceivableEvent {
    }

    /** The debtor paid the registered receivable's full face, cleared to {@code partsSettled} holders or funders. */
    @Revision("1")
    record ReceivableSettled(ReceivableId receivableId, PartyId debtor, Money amount, int partsSettled, LocalDate paidOn)
            implements ReceivableEvent {
    }
}
