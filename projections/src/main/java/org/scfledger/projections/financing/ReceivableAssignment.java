package org.scfledger.projections.financing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.financing.ReceivableInterestMode;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.receivable.ReceivableId;

/**
 * What a receivable financing assigned, and, once the debtor paid, how the payment was split.
 *
 * @param received what the debtor paid for the receivable; null until it did
 * @param toFinancing the part of it that repaid the financing
 * @param toSupplier the remainder, owed by the funder to {@code paidTo}
 */
public record ReceivableAssignment(
        ReceivableId receivableId,
        ReceivableInterestMode interestMode,
        Money receivableBalance,
        @Nullable AdvanceRate advanceRate,
        Money maximumAdvance,
        LocalDate maturityDate,
        @Nullable Money received,
        @Nullable Money toFinancing,
        @Nullable Money toSupplier,
        @Nullable PartyId paidTo,
        @Nullable LocalDate paidOn) {

    ReceivableAssignment proceeds(Money received, Money toFinancing, Money toSupplier, PartyId paidTo,
            LocalDate paidOn) {
        return new ReceivableAssignment(receivableId, interestMode, receivableBalance, advanceRate, maximumAdvance,
                maturityDate, received, toFinancing, toSupplier, paidTo, paidOn);
    }
}
