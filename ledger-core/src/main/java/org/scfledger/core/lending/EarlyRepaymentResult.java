package org.scfledger.core.lending;

import java.time.LocalDate;
import org.scfledger.core.money.Money;

/**
 * The outcome of an early repayment of principal.
 *
 * @param interestForDaysUsed contract interest on the balance from the current period's start to the repayment date,
 *                            due with the repayment (zero for DISCOUNT: paid up front)
 * @param unearnedInterestRefund for DISCOUNT, the up-front interest on the prepaid principal for the days it will no
 *                               longer be used (repayment date to maturity), owed back to the borrower; zero otherwise
 * @param remaining the rescheduled remainder, accruing from the repayment date; installments keep their numbers;
 *                  no installments when everything was repaid
 */
public record EarlyRepaymentResult(
        LocalDate date,
        EarlyRepaymentOption option,
        Money principalPrepaid,
        Money interestForDaysUsed,
        Money unearnedInterestRefund,
        Schedule remaining) {

    /** What changes hands on the date: principal plus interest for the days used, less any refund. */
    public Money amountDueNow() {
        return principalPrepaid.plus(interestForDaysUsed).minus(unearnedInterestRefund);
    }
}
