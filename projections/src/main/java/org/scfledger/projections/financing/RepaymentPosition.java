package org.scfledger.projections.financing;

import java.time.LocalDate;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.money.Money;

/**
 * What is owed on a financing as of a date ({@code org.scfledger.core.lending.LoanPosition}).
 *
 * @param outstandingPrincipal all principal not yet repaid, due or not
 * @param duePrincipal unpaid principal of installments due on or before {@code asOf}
 * @param dueInterest unpaid scheduled interest of installments due on or before {@code asOf}
 * @param overduePrincipal unpaid principal due before {@code asOf}: what bears penalty interest
 * @param penaltyInterest penalty interest accrued up to {@code asOf} and not paid
 * @param interestAccruedNotYetDue contract interest of the current period so far
 * @param totalDue penalty interest + due interest + due principal: what settles the arrears
 * @param payoffAmount what repays everything on {@code asOf}
 */
public record RepaymentPosition(
        LocalDate asOf,
        Money outstandingPrincipal,
        Money duePrincipal,
        Money dueInterest,
        Money overduePrincipal,
        Money penaltyInterest,
        Money interestAccruedNotYetDue,
        Money totalDue,
        Money payoffAmount,
        long daysPastDue,
        AgeingBucket bucket) {
}
