package org.scfledger.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.LedgerKeyPair;
import org.scfledger.crypto.SignatureAlgorithm;

class CheckpointIT {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00.123456Z"), ZoneOffset.UTC);

    @TempDir
    Path keys;

    JournalDatabase database = JournalDatabase.create();
    List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (var closeable : closing) {
            closeable.close();
        }
        database.close();
    }

    HashChainedEventStorageEngine engine(AlgorithmSuite suite) {
        var journal = Journal.open(database.app(), JournalSettings.defaults().withSuite(suite));
        closing.add(journal);
        return HashChainedEventStorageEngine.builder().journal(journal).eventSerializer(Events.SERIALIZER).build();
    }

    static void append(HashChainedEventStorageEngine engine, int units, String prefix) {
        for (int u = 0; u < units; u++) {
            var unit = new ArrayList<EventMessage<?>>();
            for (int s = 0; s <= u % 3; s++) {
                unit.add(Events.invoice(prefix + u, s));
            }
            engine.appendEvents(unit);
        }
    }

    @Test
    void checkpoints_are_signed_statements_of_the_tree_that_proofs_verify_against() {
        var engine = engine(AlgorithmSuite.SHA256_ED25519);
        var journal = engine.journal();
        var signer = LedgerSigner.loadOrCreate(keys, journal.suite());
        var checkpoints = new Checkpoints(journal, signer, CLOCK);

        var empty = checkpoints.take();
        assertThat(empty.number()).isZero();
        assertThat(empty.treeSize()).isZero();
        assertThat(empty.rootHash()).isEqualTo(journal.tree().emptyRoot());
        assertThat(empty.headHash()).isEqualTo(new byte[32]);
        assertThat(empty.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(empty.isSignedBy(signer.publicKey())).isTrue();

        append(engine, 100, "a-");
        var first = checkpoints.takeIfGrown().orElseThrow();
        assertThat(checkpoints.takeIfGrown()).as("nothing new, no checkpoint").isEmpty();
        append(engine, 237, "b-");
        var second = checkpoints.take();

        var records = JournalChecks.assertIntact(journal);
        assertThat(first.treeSize()).isEqualTo(33 * 6 + 1); // 100 units of 1, 2, 3, 1, 2, 3, ..., 1 events
        assertThat(second.treeSize()).isEqualTo(records.size());
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.headHash()).isEqualTo(records.get(records.size() - 1).hash());
        var leaves = records.stream().map(r -> journal.tree().leafHash(r.hash())).toList();
        assertThat(first.rootHash()).isEqualTo(journal.tree().root(leaves.subList(0, 199)));
        assertThat(second.rootHash()).isEqualTo(journal.tree().root(leaves));
        assertThat(second.isSignedBy(signer.publicKey())).isTrue();
        assertThat(checkpoints.latest()).contains(second);
        assertThat(checkpoints.byNumber(1)).contains(first);
        assertThat(checkpoints.firstCovering(198)).contains(first);
        assertThat(checkpoints.firstCovering(199)).contains(second);
        assertThat(checkpoints.list(0, 10)).containsExactly(empty, first, second);

        var proofs = new JournalProofs(journal);
        for (long position : new long[] {0, 1, 99, 198}) {
            var proof = proofs.inclusion(position, first.treeSize());
            assertThat(proof.rootHash()).isEqualTo(first.rootHash());
            assertThat(JournalProofs.verify(journal.tree(), proof)).isTrue();
            var againstOtherRoot = new InclusionProof(position, proof.treeSize(), proof.recordHash(), proof.path(), second.rootHash());
            assertThat(JournalProofs.verify(journal.tree(), againstOtherRoot)).isFalse();
            var otherRecord = new InclusionProof(position, proof.treeSize(), records.get((int) position + 1).hash(), proof.path(), proof.rootHash());
            assertThat(JournalProofs.verify(journal.tree(), otherRecord)).isFalse();
        }
        var consistency = proofs.consistency(first.treeSize(), second.treeSize());
        assertThat(consistency.fromRoot()).isEqualTo(first.rootHash());
        assertThat(consistency.toRoot()).isEqualTo(second.rootHash());
        assertThat(JournalProofs.verify(journal.tree(), consistency)).isTrue();

        assertThatThrownBy(() -> proofs.inclusion(second.treeSize(), second.treeSize())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proofs.consistency(1, second.treeSize() + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fewer than");
    }

    @Test
    void a_checkpoint_is_not_accepted_with_a_foreign_key_or_altered_fields() {
        var engine = engine(AlgorithmSuite.SHA256_ED25519);
        append(engine, 10, "c-");
        var signer = LedgerSigner.loadOrCreate(keys, engine.journal().suite());
        var checkpoint = new Checkpoints(engine.journal(), signer, CLOCK).take();
        var foreign = LedgerKeyPair.generate(SignatureAlgorithm.ED25519).publicKey();
        assertThat(checkpoint.isSignedBy(foreign)).isFalse();
        var biggerTree = new Checkpoint(checkpoint.number(), checkpoint.treeSize() + 1, checkpoint.rootHash(), checkpoint.headHash(),
                checkpoint.createdAt(), checkpoint.suite(), checkpoint.keyFingerprint(), checkpoint.signature());
        assertThat(biggerTree.isSignedBy(signer.publicKey())).isFalse();
    }

    @Test
    void the_sm3_sm2_suite_hashes_with_sm3_and_signs_with_sm2() {
        var engine = engine(AlgorithmSuite.SM3_SM2);
        append(engine, 20, "d-");
        var signer = LedgerSigner.loadOrCreate(keys, AlgorithmSuite.SM3_SM2);
        assertThat(signer.publicKey().algorithm()).isEqualTo(SignatureAlgorithm.SM2);
        var checkpoint = new Checkpoints(engine.journal(), signer, CLOCK).take();
        assertThat(checkpoint.suite()).isEqualTo(AlgorithmSuite.SM3_SM2);
        assertThat(checkpoint.isSignedBy(signer.publicKey())).isTrue();
        var proof = new JournalProofs(engine.journal()).inclusion(5, checkpoint.treeSize());
        assertThat(proof.rootHash()).isEqualTo(checkpoint.rootHash());
        assertThat(JournalProofs.verify(engine.journal().tree(), proof)).isTrue();
    }

    @Test
    void the_ledger_key_is_created_once_and_then_reused() throws Exception {
        var first = LedgerSigner.loadOrCreate(keys, AlgorithmSuite.SHA256_ED25519);
        assertThat(keys.resolve(LedgerSigner.PRIVATE_KEY_FILE)).exists();
        assertThat(Files.readString(keys.resolve(LedgerSigner.PUBLIC_KEY_FILE))).contains("BEGIN PUBLIC KEY");
        var again = LedgerSigner.loadOrCreate(keys, AlgorithmSuite.SHA256_ED25519);
        assertThat(again.publicKey()).isEqualTo(first.publicKey());
        assertThatThrownBy(() -> LedgerSigner.loadOrCreate(keys, AlgorithmSuite.SM3_SM2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SM2");
    }
}
