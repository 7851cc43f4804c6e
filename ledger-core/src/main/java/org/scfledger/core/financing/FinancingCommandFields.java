package org.scfledger.core.financing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.money.Money;

/** The checks that the financing commands' compact constructors share: each failure names its field. */
final class FinancingCommandFields {

    static final int MAX_TEXT = 500;
    static final int MAX_REASONS = 20;

    private FinancingCommandFields() {
    }

    static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** A booked amount above zero. */
    static Money positiveAmount(String field, @Nullable Money value) {
        required(field, value);
        if (!value.isBooked()) {
            throw new IllegalArgumentException(field + " must be booked (at most " + Money.minorUnitDigits(value.currency())
                    + " decimals for " + value.currency().getCurrencyCode() + "): " + value);
        }
        if (!value.isPositive()) {
            throw new IllegalArgumentException(field + " must be more than zero: " + value);
        }
        return value;
    }

    static String text(String field, @Nullable String value) {
        required(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is at most " + MAX_TEXT + " characters, got " + value.length());
        }
        return value;
    }

    /** At most {@link #MAX_REASONS} non-blank texts; copied, so the command is immutable. */
    static List<String> reasons(String field, @Nullable List<String> values) {
        required(field, values);
        if (values.size() > MAX_REASONS) {
            throw new IllegalArgumentException(field + " has at most " + MAX_REASONS + " entries, got " + values.size());
        }
        for (String value : values) {
            text(field, value);
        }
        return List.copyOf(values);
    }
}
