package org.scfledger.crypto;

import java.util.Map;
import java.util.Set;

/**
 * Supplies hashes of complete subtrees, typically from storage. {@link MerkleTree} asks for
 * everything one root or proof needs in a single call, so a database source needs one round trip.
 */
@FunctionalInterface
public interface SubtreeSource {

    /**
     * The hashes of {@code nodes}. Every requested node must be present in the result; extra entries
     * are ignored.
     */
    Map<NodeId, byte[]> load(Set<NodeId> nodes);
}
