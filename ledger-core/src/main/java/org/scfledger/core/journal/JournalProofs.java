package org.scfledger.core.journal;

import org.scfledger.crypto.MerkleTree;

/** Inclusion and consistency proofs from the stored tree: each reads O(log n) nodes, whatever the journal's size. */
public final class JournalProofs {

    private final Journal journal;

    public JournalProofs(Journal journal) {
        this.journal = journal;
    }

    /** Proves that the record at {@code position} is in the tree of {@code treeSize} records. */
    public InclusionProof inclusion(long position, long treeSize) {
        requireWithinJournal(treeSize);
        if (position < 0 || position >= treeSize) {
            throw new IllegalArgumentException("position " + position + " is not in a tree of " + treeSize + " records");
        }
        MerkleTree tree = journal.tree();
        var subtrees = journal.subtrees();
        var recordHash = journal.records(position, position + 1, 1).get(0).hash();
        return new InclusionProof(position, treeSize, recordHash, tree.inclusionProof(position, treeSize, subtrees),
                tree.root(treeSize, subtrees));
    }

    /** Proves that the tree of {@code fromSize} records is a prefix of the tree of {@code toSize} records. */
    public ConsistencyProof consistency(long fromSize, long toSize) {
        requireWithinJournal(toSize);
        if (fromSize < 1 || fromSize > toSize) {
            throw new IllegalArgumentException("a consistency proof needs 1 <= from <= to, not " + fromSize + " and " + toSize);
        }
        MerkleTree tree = journal.tree();
        var subtrees = journal.subtrees();
        return new ConsistencyProof(fromSize, toSize, tree.root(fromSize, subtrees), tree.root(toSize, subtrees),
                tree.consistencyProof(fromSize, toSize, subtrees));
    }

    /** Checks a proof with nothing but the hash algorithm: what an auditor runs. */
    public static boolean verify(MerkleTree tree, InclusionProof proof) {
        return tree.verifyInclusion(proof.position(), proof.treeSize(), tree.leafHash(proof.recordHash()), proof.path(), proof.rootHash());
    }

    public static boolean verify(MerkleTree tree, ConsistencyProof proof) {
        return tree.verifyConsistency(proof.fromSize(), proof.toSize(), proof.fromRoot(), proof.toRoot(), proof.path());
    }

    private void requireWithinJournal(long treeSize) {
        long size = journal.head().size();
        if (treeSize > size) {
            throw new IllegalArgumentException("the journal has " + size + " records, fewer than " + treeSize);
        }
    }
}
