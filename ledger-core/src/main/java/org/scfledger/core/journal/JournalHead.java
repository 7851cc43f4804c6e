package org.scfledger.core.journal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Where the chain ends: how many records there are, the last one's hash, and the Merkle tree's right edge. */
public record JournalHead(long size, byte[] headHash, List<byte[]> frontier) {

    static JournalHead of(long size, byte[] headHash, byte[] packedFrontier, int hashLength) {
        var frontier = new ArrayList<byte[]>(packedFrontier.length / hashLength);
        for (int offset = 0; offset < packedFrontier.length; offset += hashLength) {
            frontier.add(java.util.Arrays.copyOfRange(packedFrontier, offset, offset + hashLength));
        }
        return new JournalHead(size, headHash, List.copyOf(frontier));
    }

    static byte[] pack(List<byte[]> frontier) {
        var packed = ByteBuffer.allocate(frontier.stream().mapToInt(hash -> hash.length).sum());
        frontier.forEach(packed::put);
        return packed.array();
    }
}
