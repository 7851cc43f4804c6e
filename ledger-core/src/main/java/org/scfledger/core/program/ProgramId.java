package org.scfledger.core.program;

import java.util.regex.Pattern;

/** A program's identifier: chosen by the funder at creation, never reused, safe in URLs and logs. */
public record ProgramId(String value) {

    /** What every program's aggregate identifier in the journal begins with. */
    public static final String JOURNAL_PREFIX = "program:";

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public ProgramId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a program id is 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit: " + value);
        }
    }

    public static ProgramId of(String value) {
        return new ProgramId(value);
    }

    /**
     * The aggregate identifier in the journal: Axon uses {@code toString()}, and every aggregate type shares one
     * identifier space there, so each type's identifiers carry its own prefix ("program:...", "program:...",
     * "PO:...", "INV:...") and can never collide with another type's.
     */
    @Override
    public String toString() {
        return JOURNAL_PREFIX + value;
    }
}
