package org.scfledger.core.credit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The share of an asset's counted value that it adds to a credit line, as an exact fraction in [0, 1]
 * ({@code AdvanceRate.percent("80")} is 0.8). Above 100 % an asset would lend more than it is worth.
 */
public record AdvanceRate(BigDecimal fraction) {

    public AdvanceRate {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("An advance rate lies between 0 % and 100 %, not "
                    + fraction.movePointRight(2).toPlainString() + " %");
        }
        fraction = fraction.signum() == 0 ? BigDecimal.ZERO : fraction.stripTrailingZeros();
    }

    public static AdvanceRate percent(String percent) {
        return new AdvanceRate(new BigDecimal(percent.trim()).movePointLeft(2));
    }

    @Override
    public String toString() {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
