package org.scfledger.core.program;

import java.math.BigDecimal;
import java.util.Currency;
import org.scfledger.core.money.Money;

/** The checks that the program commands' compact constructors share: each failure names its field. */
final class ProgramCommandFields {

    static final int MAX_TEXT = 500;
    static final int MAX_ASSET_ID = 128;

    private ProgramCommandFields() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** A booked amount, not negative. */
    static Money amount(String field, Money value) {
        required(field, value);
        if (!value.isBooked()) {
            throw new IllegalArgumentException(field + " must be booked (at most " + Money.minorUnitDigits(value.currency())
                    + " decimals for " + value.currency().getCurrencyCode() + "): " + value);
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
        return value;
    }

    /** A booked amount above zero. */
    static Money positiveAmount(String field, Money value) {
        amount(field, value);
        if (value.isZero()) {
            throw new IllegalArgumentException(field + " must be more than zero: " + value);
        }
        return value;
    }

    static void sameCurrency(String field, Money value, String otherField, Currency currency) {
        if (!value.currency().equals(currency)) {
            throw new IllegalArgumentException(field + " is in " + value.currency().getCurrencyCode() + " but " + otherField
                    + " is in " + currency.getCurrencyCode());
        }
    }

    static String text(String field, String value) {
        required(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is at most " + MAX_TEXT + " characters, got " + value.length());
        }
        return value;
    }

    static String assetId(String value) {
        required("assetId", value);
        if (value.isBlank() || !value.equals(value.strip())) {
            throw new IllegalArgumentException("assetId must not be blank nor start or end with white space: '" + value + "'");
        }
        if (value.length() > MAX_ASSET_ID) {
            throw new IllegalArgumentException("assetId is at most " + MAX_ASSET_ID + " characters, got " + value.length());
        }
        return value;
    }

    /** A percentage in [0, 100], kept without trailing zeros so that "1.50" and "1.5" are one value. */
    static BigDecimal percent(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(field + " is a percentage between 0 and 100, got " + value.toPlainString());
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
