package org.scfledger.projections.financing;

import org.scfledger.core.money.Money;

/**
 * What was paid so far, by component, over every repayment.
 *
 * @param interest scheduled interest and interest for the days used by an early repayment (not the interest
 *                 deducted up front, which {@code FinancingView.upfrontInterest} shows)
 * @param principal principal due and principal prepaid
 * @param refunded up-front interest owed back to the member after an early repayment of a discount financing
 */
public record Paid(Money total, Money penaltyInterest, Money interest, Money principal, Money refunded) {

    static Paid none(java.util.Currency currency) {
        Money zero = Money.zero(currency);
        return new Paid(zero, zero, zero, zero, zero);
    }

    Paid plus(RepaymentRecord r) {
        return new Paid(total.plus(r.amount()), penaltyInterest.plus(r.toPenaltyInterest()),
                interest.plus(r.toInterest()).plus(r.interestForDaysUsed()),
                principal.plus(r.toPrincipal()).plus(r.principalPrepaid()), refunded.plus(r.unearnedInterestRefund()));
    }
}
