package org.scfledger.core.journal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.RecordEncoding;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.InMemorySubtrees;
import org.scfledger.crypto.LedgerKeyPair;
import org.scfledger.crypto.MerkleTree;
import org.scfledger.crypto.SignatureAlgorithm;

/**
 * Proofs computed from a streamed export are the proofs of the whole tree held in memory, for every position and
 * every pair of checkpoints of exports of awkward sizes; and they check against the signed roots.
 */
class ExportProofsTest {

    static final AlgorithmSuite SUITE = AlgorithmSuite.SHA256_ED25519;
    static final LedgerKeyPair KEY = LedgerKeyPair.generate(SignatureAlgorithm.ED25519);

    @ParameterizedTest(name = "{0} records, a checkpoint every {1}")
    @CsvSource({"1,1", "2,1", "3,2", "5,3", "8,8", "13,4", "64,7", "100,33", "129,16"})
    void streamed_proofs_are_the_proofs_of_the_whole_tree(long records, long checkpointEvery) throws IOException {
        var read = Read.of(records, checkpointEvery);
        var tree = new MerkleTree(SUITE.hash());
        var whole = new InMemorySubtrees(tree, read.leaves(tree));
        var proofs = new ExportProofs(KEY.publicKey());

        for (long position = 0; position < records; position++) {
            var proven = proofs.inclusion(export(records, checkpointEvery), position, null, ExportProgress.none());
            assertThat(proven.checks()).as("position %d", position).isTrue();
            assertThat(proven.proof().rootHash()).isEqualTo(read.last().rootHash());
            assertThat(proven.proof().recordHash()).isEqualTo(read.hashes.get((int) position));
            assertThat(proven.proof().path()).as("position %d", position)
                    .containsExactlyElementsOf(tree.inclusionProof(position, records, whole));
        }
        for (Checkpoint older : read.checkpoints) {
            for (Checkpoint newer : read.checkpoints) {
                if (older.treeSize() == 0 || newer.number() < older.number()) {
                    continue;
                }
                var proven = proofs.consistency(export(records, checkpointEvery), older.number(), newer.number(),
                        ExportProgress.none());
                assertThat(proven.checks()).as("%s to %s", older, newer).isTrue();
                assertThat(proven.proof().fromRoot()).isEqualTo(older.rootHash());
                assertThat(proven.proof().toRoot()).isEqualTo(newer.rootHash());
                assertThat(proven.proof().path()).as("%s to %s", older, newer)
                        .containsExactlyElementsOf(tree.consistencyProof(older.treeSize(), newer.treeSize(), whole));
            }
        }
    }

    @Test
    void a_proof_against_an_earlier_checkpoint_reads_only_up_to_it() throws IOException {
        var proven = new ExportProofs(KEY.publicKey()).inclusion(export(100, 10), 15, 2L, ExportProgress.none());
        assertThat(proven.checks()).isTrue();
        assertThat(proven.proof().treeSize()).isEqualTo(20);
        assertThat(proven.checkpoints()).extracting(Checkpoint::number).containsExactly(2L);
    }

    @Test
    void positions_and_checkpoints_outside_the_export_are_refused() {
        var proofs = new ExportProofs(KEY.publicKey());
        assertThatThrownBy(() -> proofs.inclusion(export(10, 5), 10, null, ExportProgress.none()))
                .hasMessageContaining("not 10");
        assertThatThrownBy(() -> proofs.inclusion(export(10, 5), 7, 1L, ExportProgress.none()))
                .hasMessageContaining("covers positions 0 to 4, not 7");
        assertThatThrownBy(() -> proofs.consistency(export(10, 5), 1, 9, ExportProgress.none()))
                .hasMessageContaining("no checkpoint 9");
    }

    @Test
    void a_tampered_export_gives_no_proof_but_the_failure() throws IOException {
        byte[] bytes = export(20, 5).readAllBytes();
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf("\"amount\":\"" + (7 * 37) + ".00\"");
        bytes[at + 11] = (byte) '9';
        var proven = new ExportProofs(KEY.publicKey()).inclusion(new java.io.ByteArrayInputStream(bytes), 3, null,
                ExportProgress.none());
        assertThat(proven.proof()).isNull();
        assertThat(proven.failure().describe()).isEqualTo("position 7: record content does not match its hash");
    }

    @Test
    void a_record_decodes_to_what_was_encoded() throws IOException {
        List<JournalRecord> decoded = new ArrayList<>();
        new ExportVerifier(KEY.publicKey()).verify(export(12, 5), ExportProgress.none(), new ExportVisitor() {
            @Override
            public void record(ExportedRecord record) {
                decoded.add(record.decode());
            }

            @Override
            public boolean checkpoint(Checkpoint checkpoint) {
                return false;
            }
        });
        assertThat(decoded).hasSize(12);
        for (JournalRecord record : decoded) {
            assertThat(SUITE.hash().digest(RecordEncoding.encode(record))).isEqualTo(record.hash());
        }
        assertThat(decoded.get(0).aggregateId()).isNull();
        assertThat(decoded.get(6).aggregateId()).isEqualTo("invoice-1");
        assertThat(decoded.get(6).aggregateSequence()).isEqualTo(2L);
    }

    private static GeneratedExport export(long records, long checkpointEvery) {
        return new GeneratedExport(SUITE, KEY, records, checkpointEvery);
    }

    /** Every record hash and checkpoint of an export, read by a visitor. */
    record Read(List<byte[]> hashes, List<Checkpoint> checkpoints) {

        static Read of(long records, long checkpointEvery) throws IOException {
            var read = new Read(new ArrayList<>(), new ArrayList<>());
            var result = new ExportVerifier(KEY.publicKey()).verify(export(records, checkpointEvery), ExportProgress.none(),
                    new ExportVisitor() {
                        @Override
                        public void record(ExportedRecord record) {
                            read.hashes.add(record.hash());
                        }

                        @Override
                        public boolean checkpoint(Checkpoint checkpoint) {
                            read.checkpoints.add(checkpoint);
                            return false;
                        }
                    });
            assertThat(result.ok()).isTrue();
            return read;
        }

        List<byte[]> leaves(MerkleTree tree) {
            return hashes.stream().map(tree::leafHash).toList();
        }

        Checkpoint last() {
            return checkpoints.get(checkpoints.size() - 1);
        }
    }
}
