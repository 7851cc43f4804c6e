package org.scfledger.projections.financing;

import java.time.LocalDate;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.money.Money;

/** The latest collection status the ledger recorded ({@code FinancingOverdue}), as of its business date. */
public record OverdueReport(
        long daysPastDue, AgeingBucket bucket, int installmentsPastDue, Money overduePrincipal,
        Money penaltyInterest, LocalDate businessDate) {
}
