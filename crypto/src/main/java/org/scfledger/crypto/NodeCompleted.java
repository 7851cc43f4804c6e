package org.scfledger.crypto;

import java.util.Arrays;

/** A complete subtree that has just come into existence, with its hash, for the journal to store. */
public record NodeCompleted(NodeId node, byte[] hash) {

    public NodeCompleted {
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    // A record compares arrays by identity; hashes must compare by content.
    @Override
    public boolean equals(Object other) {
        return other instanceof NodeCompleted that
                && node.equals(that.node)
                && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * node.hashCode() + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "NodeCompleted[" + node + ", " + Hex.encode(hash) + "]";
    }
}
