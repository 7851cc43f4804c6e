package org.scfledger.projections.live;

/** A read model could not be read or written. */
public final class ReadModelAccessException extends RuntimeException {

    public ReadModelAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
