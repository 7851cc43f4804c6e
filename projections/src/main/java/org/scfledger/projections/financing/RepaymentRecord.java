package org.scfledger.projections.financing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.lending.EarlyRepaymentOption;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** One repayment and where it went, as {@code FinancingRepaid} recorded it. */
public record RepaymentRecord(
        LocalDate date,
        Money amount,
        Money toPenaltyInterest,
        Money toInterest,
        Money toPrincipal,
        Money principalPrepaid,
        Money interestForDaysUsed,
        Money unearnedInterestRefund,
        @Nullable EarlyRepaymentOption earlyRepayment,
        Money outstandingPrincipalAfter,
        PartyId recordedBy) {
}
