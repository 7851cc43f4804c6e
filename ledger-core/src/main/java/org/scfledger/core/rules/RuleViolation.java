package org.scfledger.core.rules;

/**
 * A command refused by a business rule: the state does not allow it (a limit would be exceeded, an asset is
 * already encumbered, the program has expired). {@link #code()} is stable, for clients to act on; the message
 * is for people. Nothing was written.
 */
public class RuleViolation extends RuntimeException {

    private final String code;

    public RuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
