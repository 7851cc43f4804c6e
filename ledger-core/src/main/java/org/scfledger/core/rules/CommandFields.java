package org.scfledger.core.rules;

import org.jspecify.annotations.Nullable;
import org.scfledger.core.money.Money;

/** How commands refuse malformed input, before any rule runs: an {@link IllegalArgumentException} that names the field. */
public final class CommandFields {

    /** Free text in a command or event (a description, a reason, a reference): bounded, like everything else. */
    public static final int MAX_TEXT = 200;

    private CommandFields() {
    }

    public static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    public static String text(@Nullable String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    public static Money booked(@Nullable Money value, String field) {
        required(value, field);
        if (!value.isBooked()) {
            throw new IllegalArgumentException(field + " must be booked at the currency's minor unit: " + value);
        }
        return value;
    }

    public static Money positive(@Nullable Money value, String field) {
        booked(value, field);
        if (!value.isPositive()) {
            throw new IllegalArgumentException(field + " must be positive: " + value);
        }
        return value;
    }

    public static Money notNegative(@Nullable Money value, String field) {
        booked(value, field);
        if (value.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
        return value;
    }
}
