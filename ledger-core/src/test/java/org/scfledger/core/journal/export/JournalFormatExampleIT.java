package org.scfledger.core.journal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.Hex;
import org.scfledger.crypto.LedgerKeyPair;

/**
 * The worked example of docs/journal-format.md, made by the real journal and exporter with a fixed key, fixed
 * clocks and fixed event ids, so that it is the same on every run. Writes it to target/journal-format-example.txt
 * and checks that the document shows exactly these lines and hashes.
 */
class JournalFormatExampleIT {

    /** An example key for the example only: the Ed25519 private key whose seed is the bytes 0x00 to 0x1f. */
    static final String EXAMPLE_SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    static final Path DOCUMENT = Path.of("..", "docs", "journal-format.md");
    static final Path AUDIT_DOCUMENT = Path.of("..", "docs", "audit.md");

    record InvoiceRegistered(String invoiceId, String amount, String currency) {
    }

    record DayClosed(String day) {
    }

    @Test
    void the_document_shows_the_export_this_journal_makes() throws Exception {
        var key = LedgerKeyPair.fromPrivateKeyPem(pkcs8Pem(Hex.decode("302e020100300506032b657004220420" + EXAMPLE_SEED)));
        var signer = new LedgerSigner(key, AlgorithmSuite.SHA256_ED25519);
        var lines = new ArrayList<String>();
        try (var database = JournalDatabase.create(); var journal = Journal.open(database.app(), JournalSettings.defaults())) {
            var engine = HashChainedEventStorageEngine.builder().journal(journal)
                    .eventSerializer(JacksonSerializer.defaultSerializer()).build();
            engine.appendEvents(new GenericDomainEventMessage<>("Invoice", "invoice-7", 0,
                    new InvoiceRegistered("invoice-7", "125000.00", "CNY"), Map.of("actingParty", "supplier-7"),
                    "6c1f0e2a-0000-4000-8000-000000000001", Instant.parse("2026-11-26T07:59:58.123456Z")));
            new Checkpoints(journal, signer, clock("2026-11-26T07:59:59Z")).take();
            engine.appendEvents(new GenericEventMessage<>("6c1f0e2a-0000-4000-8000-000000000002", new DayClosed("2026-11-26"),
                    Map.of(), Instant.parse("2026-11-26T08:00:00.5Z")));

            var out = new ByteArrayOutputStream();
            new JournalExporter(journal, signer, clock("2026-11-26T08:00:01Z")).export(out, ExportProgress.none());
            byte[] export = out.toByteArray();
            assertThat(new ExportVerifier(key.publicKey()).verify(new ByteArrayInputStream(export), ExportProgress.none()).ok()).isTrue();

            var tree = journal.tree();
            var records = journal.records(0, 2, 2);
            byte[] leaf0 = tree.leafHash(records.get(0).hash());
            byte[] leaf1 = tree.leafHash(records.get(1).hash());
            lines.add("# export (" + export.length + " bytes)");
            lines.addAll(new String(export, StandardCharsets.UTF_8).lines().toList());
            lines.add("# public key PEM");
            lines.addAll(key.publicKey().toPem().lines().toList());
            lines.add("key fingerprint " + key.publicKey().fingerprint());
            lines.add("record 0 hash " + Hex.encode(records.get(0).hash()));
            lines.add("record 1 hash " + Hex.encode(records.get(1).hash()));
            lines.add("leaf 0 " + Hex.encode(leaf0));
            lines.add("leaf 1 " + Hex.encode(leaf1));
            lines.add("root of 1 " + Hex.encode(tree.root(List.of(leaf0))));
            lines.add("root of 2 " + Hex.encode(tree.root(List.of(leaf0, leaf1))));
            assertThat(tree.root(List.of(leaf0, leaf1))).isEqualTo(tree.nodeHash(leaf0, leaf1));

            // docs/audit.md continues the example with the proofs 'ledger prove' computes from this export.
            var proofs = new ExportProofs(key.publicKey());
            var inclusion0 = proofs.inclusion(new ByteArrayInputStream(export), 0, null, ExportProgress.none());
            var inclusion1 = proofs.inclusion(new ByteArrayInputStream(export), 1, null, ExportProgress.none());
            var consistency = proofs.consistency(new ByteArrayInputStream(export), 0, 1, ExportProgress.none());
            assertThat(List.of(inclusion0.checks(), inclusion1.checks(), consistency.checks())).containsOnly(true);
            assertThat(inclusion0.proof().path()).containsExactly(leaf1);
            assertThat(inclusion1.proof().path()).containsExactly(leaf0);
            assertThat(consistency.proof().path()).containsExactly(leaf1);
            assertThat(consistency.proof().fromRoot()).isEqualTo(leaf0);
            Files.createDirectories(Path.of("target", "journal-format-example"));
            Files.write(Path.of("target", "journal-format-example", "export.jsonl"), export);
            Files.writeString(Path.of("target", "journal-format-example", "ledger-key.pub.pem"), key.publicKey().toPem());
            var audit = Files.readString(AUDIT_DOCUMENT, StandardCharsets.UTF_8);
            for (byte[] hash : List.of(records.get(0).hash(), records.get(1).hash(), leaf0, leaf1, tree.nodeHash(leaf0, leaf1))) {
                assertThat(audit).as("docs/audit.md's worked example").contains(Hex.encode(hash));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "journal-format-example.txt"), lines, StandardCharsets.UTF_8);

        var document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        for (var line : lines) {
            // Export and PEM lines appear whole; of "name value" lines, the value.
            boolean whole = line.startsWith("{") || line.startsWith("-----") || !line.contains(" ");
            var shown = whole ? line : line.substring(line.lastIndexOf(' ') + 1);
            if (!line.startsWith("# ")) {
                assertThat(document).as("docs/journal-format.md shows, as in target/journal-format-example.txt:%n%s", line).contains(shown);
            }
        }
    }

    static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    static String pkcs8Pem(byte[] der) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(der) + "\n-----END PRIVATE KEY-----\n";
    }
}
