package org.scfledger.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Objects;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.Hex;
import org.scfledger.crypto.LedgerKeyPair;
import org.scfledger.crypto.SignatureAlgorithm;
import picocli.CommandLine;

/** {@code ledger export} and {@code ledger verify} run in-process, as the auditor and the operator run them. */
class ExportVerifyCommandsIT {

    record Delivery(String deliveryId, String note) {
    }

    /** What a command printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path dataDir;

    JournalDatabase database;
    Journal journal;
    LedgerSigner signer;
    Path export;
    Path publicKey;

    @BeforeEach
    void ledgerWithEvents() {
        database = JournalDatabase.create();
        journal = Journal.open(database.app(), JournalSettings.defaults());
        signer = LedgerSigner.loadOrCreate(dataDir.resolve("keys"), AlgorithmSuite.SHA256_ED25519);
        var engine = HashChainedEventStorageEngine.builder().journal(journal)
                .eventSerializer(JacksonSerializer.defaultSerializer()).build();
        for (int u = 0; u < 120; u++) {
            var unit = new ArrayList<EventMessage<?>>();
            for (int s = 0; s <= u % 3; s++) {
                unit.add(new GenericDomainEventMessage<>("Delivery", "delivery-" + u, s, new Delivery("delivery-" + u, "pallet " + s)));
            }
            engine.appendEvents(unit);
            if (u == 59) {
                new Checkpoints(journal, signer, Clock.systemUTC()).take();
            }
        }
        export = dataDir.resolve("ledger-export.jsonl");
        publicKey = dataDir.resolve("keys").resolve(LedgerSigner.PUBLIC_KEY_FILE);
    }

    @AfterEach
    void close() {
        journal.close();
        database.close();
    }

    @Test
    void an_export_verifies_and_the_summary_names_its_counts_root_and_key() {
        var exported = exportCommand();
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        long size = journal.head().size();
        var latest = new Checkpoints(journal, signer, Clock.systemUTC()).latest().orElseThrow();
        assertThat(latest.treeSize()).isEqualTo(size).isEqualTo(240);
        assertThat(exported.out()).contains("Exported 240 records and 2 checkpoints to " + export.toAbsolutePath())
                .contains("final checkpoint: 1 (tree size 240, root " + Hex.encode(latest.rootHash()) + ")");
        assertThat(dataDir.resolve("ledger-export.jsonl.partial")).doesNotExist();

        var verified = run("verify", export.toString(), "--public-key", publicKey.toString());

        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).startsWith("OK: ")
                .contains("records:          240")
                .contains("checkpoints:      2")
                .contains("final root:       " + Hex.encode(latest.rootHash()))
                .contains("head hash:        " + Hex.encode(journal.head().headHash()))
                .contains("suite:            SHA256-ED25519")
                .contains("key fingerprint:  " + signer.publicKey().fingerprint());
    }

    @Test
    void a_tampered_export_fails_with_its_first_bad_position() throws Exception {
        assertThat(exportCommand().exitCode()).isZero();
        var text = Files.readString(export, StandardCharsets.UTF_8);
        Files.writeString(export, text.replace("\"note\":\"pallet 1\"}", "\"note\":\"pallet 7\"}"), StandardCharsets.UTF_8);

        var verified = run("verify", export.toString(), "--public-key", publicKey.toString());

        assertThat(verified.exitCode()).isEqualTo(VerifyCommand.FAILED);
        // Unit 1 holds positions 1 and 2; its second event, at position 2, is the first "pallet 1".
        assertThat(verified.out()).isEqualTo("FAILED at position 2: record content does not match its hash" + System.lineSeparator());
    }

    @Test
    void another_key_fails_at_the_header() throws Exception {
        assertThat(exportCommand().exitCode()).isZero();
        Path otherKey = dataDir.resolve("other.pem");
        Files.writeString(otherKey, LedgerKeyPair.generate(SignatureAlgorithm.ED25519).publicKey().toPem());

        var verified = run("verify", export.toString(), "--public-key", otherKey.toString());

        assertThat(verified.exitCode()).isEqualTo(VerifyCommand.FAILED);
        assertThat(verified.out()).startsWith("FAILED at the header: the export names key " + signer.publicKey().fingerprint());
    }

    @Test
    void a_missing_file_or_key_or_option_exits_2() {
        var noFile = run("verify", dataDir.resolve("nothing.jsonl").toString(), "--public-key", publicKey.toString());
        assertThat(noFile.exitCode()).isEqualTo(VerifyCommand.CANNOT_VERIFY);
        assertThat(noFile.err()).contains("ledger verify: no such file " + dataDir.resolve("nothing.jsonl"));

        var noKey = run("verify", export.toString(), "--public-key", dataDir.resolve("nokey.pem").toString());
        assertThat(noKey.exitCode()).isEqualTo(VerifyCommand.CANNOT_VERIFY);
        assertThat(noKey.err()).contains("no public key file");

        var noOption = run("verify", export.toString());
        assertThat(noOption.exitCode()).isEqualTo(2);
        assertThat(noOption.err()).contains("Missing required option: '--public-key=KEY.pem'");
    }

    @Test
    void an_export_without_the_signing_key_fails_clearly() {
        var run = run("export", "--out", export.toString(), "--data-dir", dataDir.resolve("elsewhere").toString(),
                "--database-url", database.owner().getJdbcUrl(), "--database-user", database.owner().getUsername(),
                "--database-password", password());

        assertThat(run.exitCode()).isEqualTo(ExportCommand.NOT_EXPORTED);
        assertThat(run.err()).contains("ledger export: no ledger signing key at " + dataDir.resolve("elsewhere/keys/ledger-key.pem"));
        assertThat(export).doesNotExist();
    }

    @Test
    void checkpoint_signs_the_journal_on_demand() {
        long size = journal.head().size();
        var signed = run("checkpoint", "--data-dir", dataDir.toString(), "--database-url", database.owner().getJdbcUrl(),
                "--database-user", database.owner().getUsername(), "--database-password", password());
        assertThat(signed.exitCode()).as(signed.err()).isZero();
        var latest = new Checkpoints(journal, signer, Clock.systemUTC()).latest().orElseThrow();
        assertThat(latest.number()).isEqualTo(1);
        assertThat(latest.treeSize()).isEqualTo(size);
        assertThat(latest.isSignedBy(signer.publicKey())).isTrue();
        assertThat(signed.out()).contains("Checkpoint 1 signed", String.format(java.util.Locale.ROOT, "%,d records", size),
                org.scfledger.crypto.Hex.encode(latest.rootHash()));
    }

    Run exportCommand() {
        return run("export", "--out", export.toString(), "--data-dir", dataDir.toString(), "--database-url", database.owner().getJdbcUrl(),
                "--database-user", database.owner().getUsername(), "--database-password", password());
    }

    String password() {
        return Objects.toString(database.owner().getPassword(), "");
    }

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exitCode = new CommandLine(new LedgerCli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
