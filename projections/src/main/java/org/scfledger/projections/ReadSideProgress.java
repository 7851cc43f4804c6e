package org.scfledger.projections;

/**
 * How far the live read models are: {@code applied} events of the journal's {@code journalSize} (all events before
 * position {@code applied} are in them), and whether a rebuild is running.
 */
public record ReadSideProgress(long applied, long journalSize, boolean rebuilding) {

    public long behind() {
        return Math.max(0, journalSize - applied);
    }

    public boolean isCaughtUp() {
        return behind() == 0 && !rebuilding;
    }

    /** Share of the journal applied, in whole percent (100 for an empty journal). */
    public int percent() {
        return journalSize == 0 ? 100 : (int) Math.min(100, applied * 100 / journalSize);
    }
}
