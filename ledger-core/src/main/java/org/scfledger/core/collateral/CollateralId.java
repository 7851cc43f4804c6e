package org.scfledger.core.collateral;

import java.util.regex.Pattern;

/**
 * A collateral item's identifier, chosen by the pledgor: its reference ({@code WR-2026-0042}). In the journal it is
 * {@code COL:<reference>}, which keeps collateral apart from every other aggregate type in the shared
 * (aggregate id, sequence) index.
 */
public record CollateralId(String value) {

    private static final String PREFIX = "COL:";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public CollateralId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a collateral id is 1 to 64 letters, digits, '.', '_', '/' or '-',"
                    + " starting with a letter or digit: " + value);
        }
    }

    /** From the reference ({@code WR-2026-0042}) or from the journal's id ({@code COL:WR-2026-0042}). */
    public static CollateralId of(String reference) {
        return new CollateralId(reference.startsWith(PREFIX) ? reference.substring(PREFIX.length()) : reference);
    }

    /** The aggregate identifier in the journal (Axon uses {@code toString()}): {@code COL:<reference>}. */
    @Override
    public String toString() {
        return PREFIX + value;
    }
}
