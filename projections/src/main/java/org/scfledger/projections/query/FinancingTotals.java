package org.scfledger.projections.query;

import java.time.LocalDate;
import java.util.Map;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.money.Money;

/**
 * The financings of one group (a program, a member or a funder) in one currency, as of {@code asOf}.
 *
 * @param financings every financing requested, whatever its status
 * @param open disbursed (or written off) and not yet repaid in full
 * @param disbursedPrincipal Σ principal paid out
 * @param outstandingPrincipal Σ principal not yet repaid
 * @param byBucket the open financings by ageing bucket as of {@code asOf}: count and outstanding principal
 */
public record FinancingTotals(
        String group,
        LocalDate asOf,
        long financings,
        long open,
        Money disbursedPrincipal,
        Money outstandingPrincipal,
        Map<AgeingBucket, BucketTotal> byBucket) {

    public FinancingTotals {
        byBucket = Map.copyOf(byBucket);
    }

    /** The open financings of one ageing bucket. */
    public record BucketTotal(long financings, Money outstandingPrincipal) {
    }
}
