package org.scfledger.core.trade;

import java.util.regex.Pattern;

/**
 * A purchase order's identifier, chosen by the buyer: {@code PO:} and the buyer's reference
 * ({@code PO:2026-1188}). The prefix keeps orders apart from every other aggregate in the journal, whose
 * (aggregate id, sequence) index is shared by all aggregate types.
 */
public record OrderId(String value) {

    private static final String PREFIX = "PO:";
    private static final Pattern FORM = Pattern.compile("PO:[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public OrderId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an order id is 'PO:' and 1 to 64 letters, digits, '.', '_', '/' or '-',"
                    + " starting with a letter or digit: " + value);
        }
    }

    /** From the buyer's reference ({@code 2026-1188}) or from the id itself ({@code PO:2026-1188}). */
    public static OrderId of(String reference) {
        return new OrderId(reference.startsWith(PREFIX) ? reference : PREFIX + reference);
    }

    @Override
    public String toString() {
        return value;
    }
}
