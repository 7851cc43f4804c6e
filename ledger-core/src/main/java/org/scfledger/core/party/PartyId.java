package org.scfledger.core.party;

import java.util.regex.Pattern;

/** A party's identifier in the ledger: chosen at registration, never reused, safe in URLs and logs. */
public record PartyId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    /** The platform's operator: registers parties and runs the business calendar; never a party to a trade. */
    public static final PartyId OPERATOR = new PartyId("operator");

    public PartyId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a party id is 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit: " + value);
        }
    }

    public static PartyId of(String value) {
        return new PartyId(value);
    }

    /**
     * The aggregate identifier in the journal: Axon uses {@code toString()}, and every aggregate type shares one
     * identifier space there, so each type's identifiers carry its own prefix ("party:...", "program:...",
     * "PO:...", "INV:...") and can never collide with another type's.
     */
    @Override
    public String toString() {
        return "party:" + value;
    }
}
