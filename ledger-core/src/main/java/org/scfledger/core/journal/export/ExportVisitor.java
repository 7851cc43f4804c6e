package org.scfledger.core.journal.export;

import org.scfledger.core.journal.Checkpoint;

/**
 * Sees an export's content as the verifier proves it, in file order: what an audit replay folds. A record is handed
 * over once its hash and its link to the record before it check out; the checkpoints that sign it come later, and a
 * reader must discard what it built if the verification then fails.
 *
 * <p>A slice's verifier ({@link SliceVerifier}) hands over its one checkpoint first, once its signature checks out,
 * then each record once its hash, inclusion proof and scope check out; a reader must still discard what it built if a
 * later record fails.
 */
public interface ExportVisitor {

    /** The export's header checked out (format, suite and key); called once, before anything else. */
    default void begin(ExportHeader header) {
    }

    /** A record at its place, hashing right and linked to the one before. */
    void record(ExportedRecord record);

    /**
     * A checkpoint whose signature, size, root and head check out: every record handed over so far is signed.
     *
     * @return true to end the verification here, successfully, without reading the rest of the export
     */
    boolean checkpoint(Checkpoint checkpoint);

    /** Reads the whole export and keeps nothing. */
    static ExportVisitor none() {
        return new ExportVisitor() {
            @Override
            public void record(ExportedRecord record) {
            }

            @Override
            public boolean checkpoint(Checkpoint checkpoint) {
                return false;
            }
        };
    }
}
