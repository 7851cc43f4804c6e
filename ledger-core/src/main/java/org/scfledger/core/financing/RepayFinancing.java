package org.scfledger.core.financing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.lending.EarlyRepaymentOption;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * Money received on a disbursed financing, any day, any amount ("随借随还"): allocated penalty interest → interest →
 * principal to what is due; what is beyond that repays principal early, with interest for the days used, shortening
 * the term or lowering the installment as {@code earlyRepayment} says (required unless it repays everything).
 * Acting party: the member, or the funder recording money it received.
 */
public record RepayFinancing(
        @TargetAggregateIdentifier FinancingId financingId,
        Money amount,
        @Nullable EarlyRepaymentOption earlyRepayment,
        LocalDate businessDate,
        PartyId actingParty) {

    public RepayFinancing {
        FinancingCommandFields.required("financingId", financingId);
        FinancingCommandFields.positiveAmount("amount", amount);
        FinancingCommandFields.required("businessDate", businessDate);
        FinancingCommandFields.required("actingParty", actingParty);
    }
}
