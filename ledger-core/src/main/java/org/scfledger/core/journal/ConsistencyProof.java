package org.scfledger.core.journal;

import java.util.List;

/** Evidence that the tree of size {@code fromSize} is a prefix of the tree of size {@code toSize} (RFC 9162 2.1.4). */
public record ConsistencyProof(long fromSize, long toSize, byte[] fromRoot, byte[] toRoot, List<byte[]> path) {
}
