package org.scfledger.core.journal.export;

/** A line that is not what the format says it must be; the message says how. Thrown only on the failure path. */
final class MalformedLine extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedLine(String reason) {
        super(reason, null, false, false);
    }
}
