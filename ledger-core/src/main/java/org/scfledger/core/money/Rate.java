package org.scfledger.core.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An annual interest rate as an exact decimal fraction: {@code Rate.percent("4.35")} is {@code 0.0435} a year.
 *
 * <p>Kept with trailing zeros stripped so that {@code percent("4.35")} and {@code decimal("0.04350")} are equal.
 * Negative rates are refused: no product of this ledger pays the borrower for borrowing.
 */
public record Rate(BigDecimal annual) implements Comparable<Rate> {

    public static final Rate ZERO = new Rate(BigDecimal.ZERO);

    public Rate {
        Objects.requireNonNull(annual, "annual");
        if (annual.signum() < 0) {
            throw new IllegalArgumentException("An annual rate cannot be negative: " + annual.toPlainString());
        }
        annual = annual.signum() == 0 ? BigDecimal.ZERO : annual.stripTrailingZeros();
    }

    /** From a percentage: {@code percent("4.35")} is 4.35 % a year. Exact (a decimal point shift). */
    public static Rate percent(String percent) {
        return new Rate(new BigDecimal(percent.trim()).movePointLeft(2));
    }

    /** From a decimal fraction: {@code decimal("0.0435")} is 4.35 % a year. */
    public static Rate decimal(String fraction) {
        return new Rate(new BigDecimal(fraction.trim()));
    }

    /** This rate times an exact factor, e.g. the penalty multiplier 1.5. */
    public Rate times(BigDecimal factor) {
        return new Rate(annual.multiply(factor));
    }

    public BigDecimal asPercent() {
        return annual.movePointRight(2).stripTrailingZeros();
    }

    public boolean isZero() {
        return annual.signum() == 0;
    }

    @Override
    public int compareTo(Rate other) {
        return annual.compareTo(other.annual);
    }

    /** {@code "4.35%"}. */
    @Override
    public String toString() {
        return asPercent().toPlainString() + "%";
    }
}
