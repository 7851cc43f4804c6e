package org.scfledger.core.financing;

import java.util.regex.Pattern;

/**
 * A financing's identifier (a line drawdown or a receivable financing), chosen by the caller so that a retried
 * request names the same financing. The program's credit line reserves, draws and restores principal under it.
 */
public record FinancingId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public FinancingId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a financing id is 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit: " + value);
        }
    }

    public static FinancingId of(String value) {
        return new FinancingId(value);
    }

    /**
     * The aggregate identifier in the journal: Axon uses {@code toString()}, and every aggregate type shares one
     * identifier space there, so each type's identifiers carry its own prefix ("financing:...", "program:...",
     * "PO:...", "INV:...") and can never collide with another type's.
     */
    @Override
    public String toString() {
        return "financing:" + value;
    }
}
