package org.scfledger.core.receivable;

import java.util.regex.Pattern;

/**
 * A receivable's identifier: {@code RCV:} and the creditor's reference ({@code RCV:AR-2026-0042}); a part created by
 * splitting is its parent's id, {@code /} and its number from 1 ({@code RCV:AR-2026-0042/2/1}). The prefix keeps
 * receivables apart from every other aggregate in the journal, whose (aggregate id, sequence) index all types share.
 * Parts nest at most {@link #MAX_DEPTH} deep, so a receivable's tree stays bounded.
 */
public record ReceivableId(String value) {

    /** How many times a receivable may be split down the chain (tier 2, tier 3, ...). */
    public static final int MAX_DEPTH = 8;
    private static final String PREFIX = "RCV:";
    private static final Pattern FORM = Pattern.compile("RCV:[A-Za-z0-9][A-Za-z0-9._-]{0,63}(/[1-9][0-9]{0,2}){0," + MAX_DEPTH + "}");

    public ReceivableId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a receivable id is 'RCV:' and 1 to 64 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit, then for a part '/<n>' per split (at most " + MAX_DEPTH + "): " + value);
        }
    }

    /** From the creditor's reference ({@code AR-2026-0042}) or from the id itself ({@code RCV:AR-2026-0042}). */
    public static ReceivableId of(String reference) {
        return new ReceivableId(reference.startsWith(PREFIX) ? reference : PREFIX + reference);
    }

    /** The {@code n}th part (from 1) of this receivable when it is split. */
    public ReceivableId part(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("parts are numbered from 1: " + n);
        }
        return new ReceivableId(value + "/" + n);
    }

    /** Whether this is a part created by splitting, rather than a registered receivable. */
    public boolean isPart() {
        return value.indexOf('/') >= 0;
    }

    /** How many splits down from the registered receivable (0 for the registered receivable itself). */
    public int depth() {
        return (int) value.chars().filter(c -> c == '/').count();
    }

    /** The registered receivable this is, or is a part of. */
    public ReceivableId original() {
        int slash = value.indexOf('/');
        return slash < 0 ? this : new ReceivableId(value.substring(0, slash));
    }

    @Override
    public String toString() {
        return value;
    }
}
