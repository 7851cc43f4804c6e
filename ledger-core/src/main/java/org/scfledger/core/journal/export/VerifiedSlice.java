package org.scfledger.core.journal.export;

import java.time.Instant;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.crypto.AlgorithmSuite;

/**
 * What a verified slice proves: each of its {@code records} records is in the ledger at its position, in the tree the
 * {@code anchor} checkpoint signs with the key of this fingerprint; each is in {@code scope}; and each of its
 * {@code aggregates} aggregates is in it without a gap from its first record (sequence 0) to its last in the slice.
 * It does not prove that no later record of an aggregate, nor a whole aggregate, was left out: the export does.
 */
public record VerifiedSlice(long records, long aggregates, SliceScope scope, Checkpoint anchor, AlgorithmSuite suite,
        String keyFingerprint, Instant createdAt) {
}
