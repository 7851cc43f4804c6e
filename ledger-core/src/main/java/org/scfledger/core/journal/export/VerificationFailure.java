package org.scfledger.core.journal.export;

/**
 * Where an export or a slice first fails and why: at a record position, at a checkpoint (by number), in its header, or
 * at a slice's anchor checkpoint when its line is too broken to tell its number.
 *
 * @param at the position or checkpoint number; 0 for the header and the anchor
 */
public record VerificationFailure(Site site, long at, String reason) {

    public enum Site { HEADER, POSITION, CHECKPOINT, ANCHOR }

    public static VerificationFailure header(String reason) {
        return new VerificationFailure(Site.HEADER, 0, reason);
    }

    public static VerificationFailure position(long position, String reason) {
        return new VerificationFailure(Site.POSITION, position, reason);
    }

    public static VerificationFailure checkpoint(long number, String reason) {
        return new VerificationFailure(Site.CHECKPOINT, number, reason);
    }

    /** A slice's checkpoint line, when it cannot be read far enough to name its number. */
    public static VerificationFailure anchor(String reason) {
        return new VerificationFailure(Site.ANCHOR, 0, reason);
    }

    /** "position 17: record content does not match its hash", "checkpoint 3: ...", "the header: ...". */
    public String describe() {
        return switch (site) {
            case HEADER -> "the header: " + reason;
            case POSITION -> "position " + at + ": " + reason;
            case CHECKPOINT -> "checkpoint " + at + ": " + reason;
            case ANCHOR -> "the anchor checkpoint: " + reason;
        };
    }
}
