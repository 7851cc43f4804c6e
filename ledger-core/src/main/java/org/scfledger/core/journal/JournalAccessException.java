package org.scfledger.core.journal;

/** The journal's database could not be reached or answered with an error. */
public final class JournalAccessException extends RuntimeException {

    public JournalAccessException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
