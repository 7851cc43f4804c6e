package org.scfledger.core.lending;

import java.math.BigDecimal;
import java.util.Objects;
import org.scfledger.core.money.Rate;

/**
 * How overdue principal is penalised: the penalty rate is {@code multiplier × contract rate} (Chinese practice:
 * contract rate + 30–50 %; the ledger's default is 1.5×).
 */
public record PenaltyPolicy(BigDecimal multiplier) {

    public static final PenaltyPolicy DEFAULT = new PenaltyPolicy(new BigDecimal("1.5"));

    public PenaltyPolicy {
        Objects.requireNonNull(multiplier, "multiplier");
        if (multiplier.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("A penalty multiplier below 1 would reward paying late: " + multiplier);
        }
    }

    public Rate penaltyRate(Rate contractRate) {
        return contractRate.times(multiplier);
    }
}
