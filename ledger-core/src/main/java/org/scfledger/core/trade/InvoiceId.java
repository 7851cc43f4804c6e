package org.scfledger.core.trade;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An invoice's identifier: a function of its key (issuer tax id, invoice code, invoice number), which is unique
 * across the ledger forever. {@code INV:<tax id>:<code>:<number>}, each part trimmed and upper-cased; nothing
 * else is changed (leading zeros are part of a number). Registering the same key twice is therefore a second
 * creation of the same aggregate, which the journal refuses on every instance (ADR 0003, point 3).
 */
public record InvoiceId(String value) {

    private static final Pattern PART = Pattern.compile("[0-9A-Z]{1,32}");
    private static final Pattern FORM = Pattern.compile("INV:[0-9A-Z]{1,32}:[0-9A-Z]{1,32}:[0-9A-Z]{1,32}");

    public InvoiceId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an invoice id is 'INV:<tax id>:<code>:<number>', each 1 to 32 digits or"
                    + " capital letters: " + value);
        }
    }

    public static InvoiceId of(String issuerTaxId, String invoiceCode, String invoiceNumber) {
        return new InvoiceId("INV:" + normalise(issuerTaxId, "issuerTaxId") + ":" + normalise(invoiceCode, "invoiceCode")
                + ":" + normalise(invoiceNumber, "invoiceNumber"));
    }

    /** One part of the key as the ledger keeps it: trimmed, upper-case, 1 to 32 digits or letters. */
    public static String normalise(@Nullable String part, String field) {
        if (part == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        String normal = part.strip().toUpperCase(Locale.ROOT);
        if (!PART.matcher(normal).matches()) {
            throw new IllegalArgumentException(field + " must be 1 to 32 digits or letters: '" + part + "'");
        }
        return normal;
    }

    @Override
    public String toString() {
        return value;
    }
}
