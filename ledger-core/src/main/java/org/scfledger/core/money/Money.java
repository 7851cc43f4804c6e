package org.scfledger.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency. Never floating point.
 *
 * <p>Two kinds of value share this type, and the difference matters:
 * <ul>
 *   <li>a <b>booked</b> amount has exactly the currency's minor-unit scale (2 for CNY, 0 for JPY, 3 for BHD).
 *       Everything that enters the ledger from outside ({@link #of(String, String)}, {@link #of(BigDecimal, Currency)},
 *       {@link #parse(String)}) is booked, and those factories <em>refuse</em> more decimals than the currency has,
 *       rather than rounding them away: a silently rounded command would book an amount nobody asked for;</li>
 *   <li>an <b>exact</b> amount is the unrounded result of arithmetic ({@link #times(BigDecimal)}), kept so that a
 *       calculation rounds once, where the amount is booked ({@link #rounded()}, half-even), and not at every step.</li>
 * </ul>
 * Adding and subtracting booked amounts gives booked amounts; {@link #isBooked()} tells them apart, and
 * {@link #requireBooked()} guards a boundary (an event, a command) against an exact amount slipping through.
 *
 * <p>The amount is kept in one canonical form (trailing zeros beyond the currency's scale stripped, never fewer
 * decimals than the currency's scale), so that record equality agrees with numeric equality: {@code 1.0 CNY},
 * {@code 1.00 CNY} and {@code 1.000 CNY} are the same value, {@code 1.00 CNY}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = canonical(amount, minorUnitDigits(currency));
    }

    /** A booked amount from its decimal text and ISO 4217 code, e.g. {@code Money.of("125000.00", "CNY")}. */
    public static Money of(String amount, String currencyCode) {
        return of(parseDecimal(amount), currencyOf(currencyCode));
    }

    /** A booked amount; refuses more decimals than the currency allows (no silent rounding at the boundary). */
    public static Money of(BigDecimal amount, Currency currency) {
        Money money = new Money(amount, currency);
        if (!money.isBooked()) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + minorUnitDigits(currency) + ")");
        }
        return money;
    }

    /** Parses the form {@link #toString()} writes, {@code "125000.00 CNY"}; strict like {@link #of(String, String)}. */
    public static Money parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected '<amount> <ISO 4217 code>', got '" + text + "'");
        }
        return of(parts[0], parts[1]);
    }

    /** An exact (possibly unrounded) intermediate amount: for calculations, never for booking without {@link #rounded()}. */
    public static Money exact(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money zero(String currencyCode) {
        return zero(currencyOf(currencyCode));
    }

    /** Sums amounts that must all be in {@code currency}; the sum of nothing is zero. */
    public static Money sum(Currency currency, Iterable<Money> amounts) {
        Money total = zero(currency);
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    public static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The number of decimals of the currency's minor unit. */
    public static int minorUnitDigits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            // Pseudo-currencies (XXX, XAU…) have no minor unit, so nothing could ever be booked in them.
            throw new IllegalArgumentException(currency.getCurrencyCode() + " has no minor unit and cannot be booked");
        }
        return digits;
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** Exact product (BigDecimal multiplication never rounds); call {@link #rounded()} where it is booked. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money times(long factor) {
        return times(BigDecimal.valueOf(factor));
    }

    /** This amount booked: rounded half-even to the currency's minor unit. */
    public Money rounded() {
        return new Money(amount.setScale(minorUnitDigits(currency), RoundingMode.HALF_EVEN), currency);
    }

    /** Whether this amount is at the currency's scale, i.e. can be booked as it is. */
    public boolean isBooked() {
        return amount.scale() == minorUnitDigits(currency);
    }

    /** Returns this amount, or fails if it still carries decimals below the minor unit. */
    public Money requireBooked() {
        if (!isBooked()) {
            throw new IllegalStateException("Unrounded amount " + this + " may not be booked; round it first");
        }
        return this;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** {@code max(0, this)}: the floor that "available" amounts and shortfalls use. */
    public Money atLeastZero() {
        return isNegative() ? zero(currency) : this;
    }

    public Money min(Money other) {
        return min(this, other);
    }

    public Money max(Money other) {
        return max(this, other);
    }

    /** Orders amounts of the same currency; comparing two currencies is refused, not guessed. */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /** {@code "125000.00 CNY"}: plain notation, never exponent notation. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        return other;
    }

    private static BigDecimal canonical(BigDecimal amount, int digits) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < digits ? stripped.setScale(digits) : stripped;
    }

    private static BigDecimal parseDecimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a decimal amount: '" + text + "'", e);
        }
    }

    private static Currency currencyOf(String code) {
        return Currency.getInstance(code.trim());
    }
}
