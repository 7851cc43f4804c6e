package org.scfledger.core.journal.export;

/**
 * Where an export first fails and why: at a record position, at a checkpoint (by number), or in its header.
 *
 * @param at the position or checkpoint number; 0 for the header
 */
public record VerificationFailure(Site site, long at, String reason) {

    public enum Site { HEADER, POSITION, CHECKPOINT }

    public static VerificationFailure header(String reason) {
        return new VerificationFailure(Site.HEADER, 0, reason);
    }

    public static VerificationFailure position(long position, String reason) {
        return new VerificationFailure(Site.POSITION, position, reason);
    }

    public static VerificationFailure checkpoint(long number, String reason) {
        return new VerificationFailure(Site.CHECKPOINT, number, reason);
    }

    /** "position 17: record content does not match its hash", "checkpoint 3: ...", "the header: ...". */
    public String describe() {
        return switch (site) {
            case HEADER -> "the header: " + reason;
            case POSITION -> "position " + at + ": " + reason;
            case CHECKPOINT -> "checkpoint " + at + ": " + reason;
        };
    }
}
