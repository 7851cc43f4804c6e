package org.scfledger.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.scfledger.crypto.InMemorySubtrees;
import org.scfledger.crypto.NodeId;

/** Walks a whole journal and checks it as a verifier would: positions, chain, hashes, tree, head. */
final class JournalChecks {

    private JournalChecks() {
    }

    static List<JournalRecord> assertIntact(Journal journal) {
        var head = journal.head();
        var records = new ArrayList<JournalRecord>();
        for (long from = 0; from < head.size(); from += 5_000) {
            records.addAll(journal.records(from, head.size(), 5_000));
        }
        assertThat(records).hasSize((int) head.size());
        byte[] prev = new byte[journal.suite().hash().digestLength()];
        var leaves = new ArrayList<byte[]>();
        for (int i = 0; i < records.size(); i++) {
            var record = records.get(i);
            assertThat(record.position()).as("position").isEqualTo(i);
            assertThat(record.prevHash()).as("prev hash at %d", i).isEqualTo(prev);
            assertThat(record.hash()).as("hash at %d", i).isEqualTo(journal.suite().hash().digest(RecordEncoding.encode(record)));
            prev = record.hash();
            leaves.add(journal.tree().leafHash(record.hash()));
        }
        assertThat(head.headHash()).isEqualTo(prev);
        var tree = journal.tree();
        assertThat(tree.root(head.size(), journal.subtrees())).isEqualTo(tree.root(leaves));
        if (!leaves.isEmpty()) {
            var memory = new InMemorySubtrees(tree, leaves);
            long last = leaves.size() - 1;
            var wanted = new java.util.HashSet<>(tree.nodesForInclusion(last, leaves.size()));
            wanted.addAll(tree.nodesForInclusion(0, leaves.size()));
            var stored = journal.subtrees().load(wanted);
            var expected = memory.load(wanted);
            for (NodeId node : wanted) {
                assertThat(stored.get(node)).as("node %s", node).isEqualTo(expected.get(node));
            }
        }
        return records;
    }
}
