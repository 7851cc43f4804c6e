package org.scfledger.core.journal;

import java.util.List;

/**
 * Evidence that the record at {@code position}, whose hash is {@code recordHash}, is in the tree of size
 * {@code treeSize} with root {@code rootHash}: the RFC 9162 audit path, leaf to root. The leaf hash is
 * {@code H(0x00 || recordHash)}.
 */
public record InclusionProof(long position, long treeSize, byte[] recordHash, List<byte[]> path, byte[] rootHash) {
}
