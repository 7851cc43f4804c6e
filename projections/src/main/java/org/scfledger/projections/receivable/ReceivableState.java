package org.scfledger.projections.receivable;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.asset.EncumbranceKind;
import org.scfledger.core.financing.FinancingEvent.ReceivableFinancingTerms;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableConfirmed;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableDisputeResolved;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableDisputed;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableEncumbered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableFellDue;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartCreated;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableRegistered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableReleased;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSplit;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableTransferred;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.ReceivablePart;
import org.scfledger.core.receivable.ThreeWayMatch;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;
import org.scfledger.projections.Lists;

/**
 * A receivable or a part of one, as the receivable book folds it.
 *
 * @param originalId the receivable the core enterprise confirmed (itself, for an original)
 * @param parentId the receivable it was split from; null for an original
 * @param faceAmount the face (original) or the part's amount when created
 * @param balance what is still to be paid for it by the debtor: zero once split or settled
 * @param holders its own holders in order (registration or split, then each transfer)
 * @param financingId the receivable financing that assigned it, if one did
 * @param settledAmount what the debtor's payment gave this receivable (or part)
 * @param paidTo who received that payment: the funder of a financing that encumbered it, else its holder (what the
 *               funder then owes the holder is the financing's {@code ReceivableAssignment.toSupplier})
 * @param debtorPaid for an original: the debtor's whole payment, once it paid
 */
public record ReceivableState(
        ReceivableId receivableId,
        ReceivableId originalId,
        @Nullable ReceivableId parentId,
        ProgramId programId,
        PartyId debtor,
        PartyId holder,
        Money faceAmount,
        Money balance,
        LocalDate maturityDate,
        List<InvoiceId> invoiceIds,
        @Nullable OrderId orderId,
        ReceivableStatus status,
        @Nullable LocalDate confirmedOn,
        @Nullable ThreeWayMatch match,
        @Nullable String disputeReason,
        List<Holding> holders,
        List<ReceivablePart> parts,
        @Nullable Encumbrance encumbrance,
        @Nullable String financingId,
        @Nullable Money maximumAdvance,
        Money settledAmount,
        @Nullable PartyId paidTo,
        @Nullable LocalDate paidOn,
        @Nullable Money debtorPaid,
        @Nullable LocalDate fellDueOn,
        LocalDate createdOn) {

    public ReceivableState {
        invoiceIds = List.copyOf(invoiceIds);
        holders = List.copyOf(holders);
        parts = List.copyOf(parts);
    }

    static ReceivableState registered(ReceivableRegistered e) {
        return new ReceivableState(e.receivableId(), e.receivableId(), null, e.programId(), e.debtor(), e.creditor(),
                e.faceAmount(), e.faceAmount(), e.maturityDate(), e.invoiceIds(), e.orderId(),
                ReceivableStatus.REGISTERED, null, null, null,
                List.of(new Holding(e.receivableId(), e.creditor(), e.registeredOn(), Holding.HoldingOrigin.REGISTERED)),
                List.of(), null, null, null, Money.zero(e.faceAmount().currency()), null, null, null, null,
                e.registeredOn());
    }

    static ReceivableState partCreated(ReceivablePartCreated e) {
        return new ReceivableState(e.receivableId(), e.originalId(), e.parentId(), e.programId(), e.debtor(),
                e.holder(), e.amount(), e.amount(), e.maturityDate(), List.of(), null, ReceivableStatus.CONFIRMED,
                e.confirmedOn(), null, null,
                List.of(new Holding(e.receivableId(), e.holder(), e.createdOn(), Holding.HoldingOrigin.SPLIT)),
                List.of(), null, null, null, Money.zero(e.amount().currency()), null, null, null, null, e.createdOn());
    }

    /** The fold: this receivable after {@code event}, one of its own or the financing terms that name it. */
    ReceivableState apply(Object event) {
        Draft next = new Draft(this);
        if (event instanceof ReceivableConfirmed e) {
            next.confirmedOn = e.confirmedOn();
            next.match = e.match();
        } else if (event instanceof ReceivableDisputed e) {
            next.disputeReason = e.reason();
        } else if (event instanceof ReceivableDisputeResolved e) {
            next.disputeReason = null;
        } else if (event instanceof ReceivableSplit e) {
            next.parts = e.parts();
            next.balance = Money.zero(balance.currency());
        } else if (event instanceof ReceivableTransferred e) {
            next.holder = e.newHolder();
            next.holders = Lists.append(holders, new Holding(receivableId, e.newHolder(), e.transferredOn(),
                    Holding.HoldingOrigin.TRANSFERRED));
        } else if (event instanceof ReceivableEncumbered e) {
            next.encumbrance = e.encumbrance();
            if (e.encumbrance().kind() == EncumbranceKind.FINANCING) {
                next.financingId = financingKey(e.encumbrance());
            }
        } else if (event instanceof ReceivableReleased e) {
            next.encumbrance = null;
        } else if (event instanceof ReceivablePartSettled e) {
            next.settledAmount = settledAmount.plus(e.amount());
            next.balance = balance.minus(e.amount()).atLeastZero();
            next.paidTo = e.paidTo();
            next.paidOn = e.paidOn();
            next.encumbrance = null; // the encumbrance, of either kind, ends with the payment
        } else if (event instanceof ReceivableSettled e) {
            next.debtorPaid = e.amount();
            next.paidOn = e.paidOn();
        } else if (event instanceof ReceivableFellDue e) {
            next.fellDueOn = e.recordedOn();
        } else if (event instanceof ReceivableFinancingTerms e && backs(e.financingId())) {
            next.financingId = e.financingId().toString();
            next.maximumAdvance = e.maximumAdvance();
        }
        next.status = next.paidOn != null ? ReceivableStatus.SETTLED
                : !next.parts.isEmpty() ? ReceivableStatus.SPLIT
                : next.disputeReason != null ? ReceivableStatus.DISPUTED
                : next.confirmedOn != null ? ReceivableStatus.CONFIRMED
                : ReceivableStatus.REGISTERED;
        return next.build();
    }

    /**
     * Whether the receivable backs {@code financingId} (its terms follow the encumbrance in the request's unit of
     * work). The terms of a refused request leave the receivable untouched: nothing in its history names that
     * financing, so a replay of the receivable's history could not show them either.
     */
    private boolean backs(FinancingId financingId) {
        return encumbrance != null && encumbrance.kind() == EncumbranceKind.FINANCING
                && financingKey(encumbrance).equals(financingId.toString());
    }

    /**
     * The financing book's key of the financing a {@code FINANCING} encumbrance names: the encumbrance's reference is
     * the financing id's value ({@code RF-1}), the book's key its journal id ({@code financing:RF-1}), which
     * {@code ReceivableFinancingTerms} records too. A reference that is no financing id is kept as it is.
     */
    public static String financingKey(Encumbrance financing) {
        try {
            return FinancingId.of(financing.reference()).toString();
        } catch (IllegalArgumentException notAFinancingId) {
            return financing.reference();
        }
    }

    /** A mutable copy for one step of the fold. */
    private static final class Draft {
        private final ReceivableState from;
        PartyId holder;
        Money balance;
        ReceivableStatus status;
        @Nullable LocalDate confirmedOn;
        @Nullable ThreeWayMatch match;
        @Nullable String disputeReason;
        List<Holding> holders;
        List<ReceivablePart> parts;
        @Nullable Encumbrance encumbrance;
        @Nullable String financingId;
        @Nullable Money maximumAdvance;
        Money settledAmount;
        @Nullable PartyId paidTo;
        @Nullable LocalDate paidOn;
        @Nullable Money debtorPaid;
        @Nullable LocalDate fellDueOn;

        Draft(ReceivableState from) {
            this.from = from;
            holder = from.holder;
            balance = from.balance;
            status = from.status;
            confirmedOn = from.confirmedOn;
            match = from.match;
            disputeReason = from.disputeReason;
            holders = from.holders;
            parts = from.parts;
            encumbrance = from.encumbrance;
            financingId = from.financingId;
            maximumAdvance = from.maximumAdvance;
            settledAmount = from.settledAmount;
            paidTo = from.paidTo;
            paidOn = from.paidOn;
            debtorPaid = from.debtorPaid;
            fellDueOn = from.fellDueOn;
        }

        ReceivableState build() {
            return new ReceivableState(from.receivableId, from.originalId, from.parentId, from.programId, from.debtor,
                    holder, from.faceAmount, balance, from.maturityDate, from.invoiceIds, from.orderId, status,
                    confirmedOn, match, disputeReason, holders, parts, encumbrance, financingId, maximumAdvance,
                    settledAmount, paidTo, paidOn, debtorPaid, fellDueOn, from.createdOn);
        }
    }
}
