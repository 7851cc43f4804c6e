package org.scfledger.core.receivable;

import org.jspecify.annotations.Nullable;
import org.scfledger.core.money.Money;

/** How receivable commands refuse malformed input: an {@link IllegalArgumentException} that names the field. */
final class Fields {

    /** Free text in a command or event (a reason, a resolution): bounded, like everything else. */
    static final int MAX_TEXT = 200;

    private Fields() {
    }

    static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String text(@Nullable String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    static Money positive(@Nullable Money value, String field) {
        required(value, field);
        if (!value.isBooked()) {
            throw new IllegalArgumentException(field + " must be booked at the currency's minor unit: " + value);
        }
        if (!value.isPositive()) {
            throw new IllegalArgumentException(field + " must be positive: " + value);
        }
        return value;
    }

    static ReceivableId original(@Nullable ReceivableId value, String field) {
        required(value, field);
        if (value.isPart()) {
            throw new IllegalArgumentException(field + " must name an original receivable, not a part: " + value);
        }
        return value;
    }
}
