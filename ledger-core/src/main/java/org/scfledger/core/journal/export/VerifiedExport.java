package org.scfledger.core.journal.export;

import java.time.Instant;
import org.scfledger.crypto.AlgorithmSuite;

/**
 * What a verified export proves: {@code records} records whose Merkle root and chain head are these, signed
 * in {@code checkpoints} checkpoints (the last covering them all) by the key with this fingerprint.
 */
public record VerifiedExport(long records, long checkpoints, byte[] rootHash, byte[] headHash, AlgorithmSuite suite,
        String keyFingerprint, Instant createdAt) {
}
