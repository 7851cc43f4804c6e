package org.scfledger.core.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.scfledger.core.money.Money;

/**
 * The largest member's share of the program's utilisation: a monitoring flag when one supplier or distributor holds
 * too much of what the funder has lent against the core enterprise.
 *
 * @param share {@code largestOutstanding / programUtilised} to {@link #SHARE_SCALE} decimals, half-even (display);
 *              threshold checks use {@link #exceeds(BigDecimal)}, which is exact
 */
public record Concentration(String memberId, Money largestOutstanding, Money programUtilised, BigDecimal share) {

    public static final int SHARE_SCALE = 6;

    /**
     * The largest member by outstanding principal; ties go to the smallest member id so that a replay always names the
     * same member. Empty when nothing is drawn (no utilisation, no concentration).
     */
    public static Optional<Concentration> largest(Map<String, Money> outstandingPrincipalByMember) {
        outstandingPrincipalByMember.values()
                .forEach(outstanding -> MemberLine.requireBookedAndNotNegative("outstanding principal", outstanding));
        Comparator<Map.Entry<String, Money>> byOutstandingThenSmallestId = Map.Entry.<String, Money>comparingByValue()
                .thenComparing(Map.Entry.<String, Money>comparingByKey().reversed());
        return outstandingPrincipalByMember.entrySet().stream().max(byOutstandingThenSmallestId).flatMap(largest -> {
            Money utilised = Money.sum(largest.getValue().currency(), outstandingPrincipalByMember.values());
            if (!utilised.isPositive()) {
                return Optional.empty();
            }
            BigDecimal share = largest.getValue().amount()
                    .divide(utilised.amount(), SHARE_SCALE, RoundingMode.HALF_EVEN);
            return Optional.of(new Concentration(largest.getKey(), largest.getValue(), utilised, share));
        });
    }

    /** Whether the share is strictly above {@code threshold} (a fraction, e.g. 0.25), compared exactly. */
    public boolean exceeds(BigDecimal threshold) {
        return largestOutstanding.amount().compareTo(programUtilised.amount().multiply(threshold)) > 0;
    }
}
