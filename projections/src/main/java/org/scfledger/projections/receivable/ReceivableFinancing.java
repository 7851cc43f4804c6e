package org.scfledger.projections.receivable;

import org.jspecify.annotations.Nullable;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.projections.financing.FinancingStatus;

/**
 * Who financed a receivable and how much, from the financing book.
 *
 * @param principal the principal disbursed; null until disbursed
 */
public record ReceivableFinancing(
        FinancingId financingId, PartyId funder, FinancingStatus status, Money requestedAmount,
        @Nullable Money principal, Money outstandingPrincipal) {
}
