package org.scfledger.core.journal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.journal.RecordEncoding;
import org.scfledger.core.journal.export.VerificationFailure.Site;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.Hex;
import org.scfledger.crypto.LedgerKeyPair;
import org.scfledger.crypto.LedgerPublicKey;
import org.scfledger.crypto.SignatureAlgorithm;

/**
 * Exports of real journals verify; exports of journals tampered with directly in PostgreSQL, by a superuser
 * with the append-only triggers disabled, fail at the first bad position or checkpoint with a precise reason.
 */
class ExportVerifierIT {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00.123456Z"), ZoneOffset.UTC);
    static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    record Shipment(String shipmentId, String note) {
    }

    record Heartbeat(long beat) {
    }

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

    // ---------------------------------------------------------------- untouched exports

    @Test
    void an_untouched_export_verifies_with_its_counts_and_root() throws IOException {
        var ledger = ledger(AlgorithmSuite.SHA256_ED25519);
        var checkpoints = new Checkpoints(ledger.journal, ledger.signer, CLOCK);
        checkpoints.take(); // of the empty journal: placed right after the header
        append(ledger.engine, 0, 400);
        var first = checkpoints.take();
        append(ledger.engine, 400, 400);
        checkpoints.take();
        append(ledger.engine, 800, 400); // grown since: the exporter signs a fourth checkpoint
        var head = ledger.journal.head();
        assertThat(head.size()).as("a few thousand events").isBetween(2_500L, 3_500L);

        var progress = new ArrayList<long[]>();
        var out = new ByteArrayOutputStream();
        var summary = exporter(ledger).export(out, (records, total) -> progress.add(new long[] {records, total}));

        assertThat(summary.records()).isEqualTo(head.size());
        assertThat(summary.checkpoints()).isEqualTo(4);
        assertThat(summary.finalCheckpoint().number()).isEqualTo(3);
        assertThat(summary.finalCheckpoint().treeSize()).isEqualTo(head.size());
        assertThat(progress.get(progress.size() - 1)).containsExactly(head.size(), head.size());
        var lines = new String(out.toByteArray(), StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines).hasSize((int) (1 + head.size() + 4 + 1)); // the last line feed ends the last line
        assertThat(lines[0])
                .startsWith("{\"export\":{\"createdAt\":\"2026-11-26T08:00:00.123456Z\",\"format\":\"scfledger-journal-export\"");
        assertThat(lines[1]).startsWith("{\"checkpoint\":{").contains("\"number\":0,").endsWith("}");
        assertThat(lines[2]).startsWith("{\"hash\":\"").endsWith(",\"position\":0,\"prevHash\":\"" + "0".repeat(64) + "\"}}");
        assertThat(lines[lines.length - 1]).isEmpty();

        var verifiedProgress = new ArrayList<Long>();
        var result = new ExportVerifier(ledger.signer.publicKey())
                .verify(new ByteArrayInputStream(out.toByteArray()), (records, total) -> verifiedProgress.add(records));
        assertThat(result.failure()).isNull();
        var verified = result.verified();
        assertThat(verified.records()).isEqualTo(head.size());
        assertThat(verified.checkpoints()).isEqualTo(4);
        assertThat(verified.rootHash()).isEqualTo(ledger.journal.tree().root(head.size(), ledger.journal.subtrees()))
                .isEqualTo(summary.finalCheckpoint().rootHash());
        assertThat(verified.headHash()).isEqualTo(head.headHash());
        assertThat(verified.suite()).isEqualTo(AlgorithmSuite.SHA256_ED25519);
        assertThat(verified.keyFingerprint()).isEqualTo(ledger.signer.publicKey().fingerprint());
        assertThat(verifiedProgress).last().isEqualTo(head.size());

        var upToFirst = new ByteArrayOutputStream();
        var partial = exporter(ledger).export(first.number(), upToFirst, ExportProgress.none());
        assertThat(partial.finalCheckpoint()).isEqualTo(first);
        var partialResult = verify(upToFirst.toByteArray(), ledger.signer.publicKey());
        assertThat(partialResult.ok()).isTrue();
        assertThat(partialResult.verified().records()).isEqualTo(first.treeSize());
        assertThat(partialResult.verified().checkpoints()).isEqualTo(2);
        assertThat(partialResult.verified().rootHash()).isEqualTo(first.rootHash());
    }

    @Test
    void an_export_of_the_sm3_sm2_suite_verifies_likewise() throws IOException {
        var ledger = ledger(AlgorithmSuite.SM3_SM2);
        append(ledger.engine, 0, 150);
        new Checkpoints(ledger.journal, ledger.signer, CLOCK).take();
        append(ledger.engine, 150, 150);
        var head = ledger.journal.head();

        var result = verify(export(ledger), ledger.signer.publicKey());

        assertThat(result.failure()).isNull();
        assertThat(result.verified().records()).isEqualTo(head.size());
        assertThat(result.verified().checkpoints()).isEqualTo(2);
        assertThat(result.verified().suite()).isEqualTo(AlgorithmSuite.SM3_SM2);
        assertThat(result.verified().rootHash()).isEqualTo(ledger.journal.tree().root(head.size(), ledger.journal.subtrees()));
        assertThat(result.verified().headHash()).isEqualTo(head.headHash());
    }

    // ---------------------------------------------------------------- tampered in PostgreSQL

    @Test
    void an_edited_payload_fails_at_its_position() throws Exception {
        var ledger = standardLedger();
        assertThat(sql("update journal_event set payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Steel', 'Brass'), 'UTF8')"
                + " where position = 123")).isEqualTo(1);

        assertFailure(verify(export(ledger), ledger.signer.publicKey()), Site.POSITION, 123, "record content does not match its hash");
    }

    @Test
    void edited_metadata_fails_at_its_position() throws Exception {
        var ledger = standardLedger();
        assertThat(sql("update journal_event set metadata = convert_to(replace(convert_from(metadata, 'UTF8'), 'supplier-7', 'supplier-9'),"
                + " 'UTF8') where position = 77")).isEqualTo(1);

        assertFailure(verify(export(ledger), ledger.signer.publicKey()), Site.POSITION, 77, "record content does not match its hash");
    }

    @Test
    void a_deleted_record_is_named_missing() throws Exception {
        var ledger = standardLedger();
        assertThat(sql("delete from journal_event where position = 150")).isEqualTo(1);

        assertFailure(verify(export(ledger), ledger.signer.publicKey()), Site.POSITION, 150, "position 150 is missing: found 151");
    }

    @Test
    void two_swapped_records_are_named_swapped() throws Exception {
        var ledger = standardLedger();
        sql("update journal_event set position = 1000000000 where position = 200");
        sql("update journal_event set position = 200 where position = 201");
        sql("update journal_event set position = 201 where position = 1000000000");

        assertFailure(verify(export(ledger), ledger.signer.publicKey()), Site.POSITION, 200, "records 200 and 201 are swapped");
    }

    @Test
    void an_inserted_record_that_links_correctly_is_named_inserted() throws Exception {
        var ledger = standardLedger();
        var before = ledger.journal.records(99, 100, 1).get(0);
        sql("update journal_event set position = position + 1000000000 where position >= 100");
        sql("update journal_event set position = position - 999999999 where position >= 1000000000");
        var forged = forgedRecord(100, before.hash(), ledger.journal.suite());
        insert(forged);

        assertFailure(verify(export(ledger), ledger.signer.publicKey()), Site.POSITION, 100,
                "inserted record: the record after it links straight to position 99");
    }

    @Test
    void a_forged_checkpoint_signature_fails_at_that_checkpoint() throws Exception {
        var ledger = standardLedger();
        assertThat(sql("update journal_checkpoint set signature = set_byte(signature, 10, get_byte(signature, 10) # 1) where number = 1"))
                .isEqualTo(1);

        assertFailure(verify(export(ledger), ledger.signer.publicKey()), Site.CHECKPOINT, 1,
                "checkpoint signature does not verify with the trusted key");
    }

    @Test
    void a_checkpoint_signed_by_a_foreign_key_is_named_so() throws Exception {
        var ledger = standardLedger();
        var foreign = new LedgerSigner(LedgerKeyPair.generate(SignatureAlgorithm.ED25519), AlgorithmSuite.SHA256_ED25519);
        var forged = new Checkpoints(ledger.journal, foreign, CLOCK).take();
        assertThat(forged.number()).isEqualTo(3);

        assertFailure(verify(export(ledger), ledger.signer.publicKey()), Site.CHECKPOINT, 3,
                "checkpoint is signed by key " + foreign.publicKey().fingerprint() + ", not the trusted key "
                        + ledger.signer.publicKey().fingerprint());
    }

    @Test
    void a_checkpoint_with_a_wrong_root_signed_by_the_real_key_fails_at_its_root() throws Exception {
        var ledger = standardLedger();
        var checkpoints = new Checkpoints(ledger.journal, ledger.signer, CLOCK);
        var real = checkpoints.byNumber(1).orElseThrow();
        byte[] wrongRoot = checkpoints.byNumber(0).orElseThrow().rootHash();
        var unsigned = new Checkpoint(real.number(), real.treeSize(), wrongRoot, real.headHash(), real.createdAt(), real.suite(),
                real.keyFingerprint(), new byte[0]);
        byte[] signature = LedgerKeyPair.readFrom(keys.resolve(LedgerSigner.PRIVATE_KEY_FILE)).sign(unsigned.signedBytes());
        disableAppendOnlyTriggers();
        try (var connection = database.owner().getConnection();
                var update = connection.prepareStatement("update journal_checkpoint set root_hash = ?, signature = ? where number = 1")) {
            update.setBytes(1, wrongRoot);
            update.setBytes(2, signature);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        assertFailure(verify(export(ledger), ledger.signer.publicKey()), Site.CHECKPOINT, 1,
                "checkpoint root " + Hex.encode(wrongRoot) + " does not match the records' Merkle root " + Hex.encode(real.rootHash()));
    }

    // ---------------------------------------------------------------- tampered files, wrong keys

    @Test
    void another_public_key_fails_at_the_header() throws IOException {
        var ledger = standardLedger();
        var other = LedgerKeyPair.generate(SignatureAlgorithm.ED25519).publicKey();

        assertFailure(verify(export(ledger), other), Site.HEADER, 0, "the export names key " + ledger.signer.publicKey().fingerprint()
                + ", not the trusted key " + other.fingerprint());
    }

    @Test
    void a_truncated_file_fails_where_it_ends() throws IOException {
        var ledger = standardLedger();
        byte[] export = export(ledger);
        int line = lineOf(export, 300);

        assertFailure(verify(Arrays.copyOf(export, line + 200), ledger.signer.publicKey()), Site.POSITION, 300,
                "the export is cut off in the middle of a line");
        assertFailure(verify(Arrays.copyOf(export, line), ledger.signer.publicKey()), Site.POSITION, 300,
                "position 300 is missing: the export ends after 300 records but its header promises " + ledger.journal.head().size());
    }

    @Test
    void a_byte_flipped_in_the_file_fails_at_its_position() throws IOException {
        var ledger = standardLedger();
        byte[] export = export(ledger);
        export[lineOf(export, 250) + 100] ^= 1;

        assertFailure(verify(export, ledger.signer.publicKey()), Site.POSITION, 250, "record content does not match its hash");
    }

    @Test
    void two_lines_swapped_in_the_file_are_named_swapped() throws IOException {
        var ledger = standardLedger();
        byte[] export = export(ledger);
        int first = lineOf(export, 42);
        int second = lineOf(export, 43);
        int end = lineOf(export, 44);
        var swapped = new ByteArrayOutputStream();
        swapped.write(export, 0, first);
        swapped.write(export, second, end - second);
        swapped.write(export, first, second - first);
        swapped.write(export, end, export.length - end);

        assertFailure(verify(swapped.toByteArray(), ledger.signer.publicKey()), Site.POSITION, 42, "records 42 and 43 are swapped");
    }

    @Test
    void lines_out_of_shape_or_order_fail_cleanly_where_they_stand() throws IOException {
        var key = LedgerKeyPair.generate(SignatureAlgorithm.ED25519);
        // Header, checkpoint 0, records 0-19, checkpoint 1, records 20-39, checkpoint 2, records 40-49, checkpoint 3.
        List<String> lines;
        try (var generated = new GeneratedExport(AlgorithmSuite.SHA256_ED25519, key, 50, 20)) {
            lines = new String(generated.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(verify(joined(lines), key.publicKey()).ok()).isTrue();
        int record7 = 2 + 7;
        int checkpoint1 = 2 + 20;

        var notJson = verify(joined(replaced(lines, 0, "not json")), key.publicKey());
        assertThat(notJson.failure().site()).isEqualTo(Site.HEADER);
        assertThat(notJson.failure().reason()).startsWith("the first line is not a JSON header: ");
        assertFailure(verify(joined(replaced(lines, record7, "{}")), key.publicKey()), Site.POSITION, 7, "the line is not a record line");
        var upperCaseHash = "{\"hash\":\"A" + lines.get(record7).substring("{\"hash\":\"".length() + 1);
        assertFailure(verify(joined(replaced(lines, record7, upperCaseHash)), key.publicKey()), Site.POSITION, 7,
                "the record line does not begin with a 64-digit lowercase hex hash");
        assertFailure(verify(joined(replaced(lines, record7 + 1, lines.get(record7))), key.publicKey()), Site.POSITION, 8,
                "position 7 appears again where position 8 belongs");
        var withoutCheckpoint1 = new ArrayList<>(lines);
        withoutCheckpoint1.remove(checkpoint1);
        assertFailure(verify(joined(withoutCheckpoint1), key.publicKey()), Site.CHECKPOINT, 2,
                "checkpoint 1 is missing: checkpoint 2 follows checkpoint 0");
        assertFailure(verify(joined(lines.subList(0, lines.size() - 1)), key.publicKey()), Site.POSITION, 40,
                "no checkpoint covers the records from position 40 on");
    }

    static List<String> replaced(List<String> lines, int index, String line) {
        var copy = new ArrayList<>(lines);
        copy.set(index, line);
        return copy;
    }

    static byte[] joined(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- size

    @Test
    void a_large_export_verifies_as_a_stream_in_bounded_memory() throws IOException {
        var key = LedgerKeyPair.generate(SignatureAlgorithm.ED25519);
        var generated = new GeneratedExport(AlgorithmSuite.SHA256_ED25519, key, 200_000, 30_000);
        var reported = new ArrayList<Long>();

        var result = new ExportVerifier(key.publicKey()).verify(generated, (records, total) -> reported.add(records));

        assertThat(result.failure()).isNull();
        assertThat(result.verified().records()).isEqualTo(200_000);
        assertThat(result.verified().checkpoints()).isEqualTo(generated.checkpoints()).isEqualTo(8); // 0, 30k, ..., 180k, 200k
        assertThat(result.verified().rootHash()).isEqualTo(generated.root());
        assertThat(reported).hasSize(200_000 / ExportVerifier.PROGRESS_INTERVAL + 1).last().isEqualTo(200_000L);
    }

    // ---------------------------------------------------------------- helpers

    record Ledger(Journal journal, HashChainedEventStorageEngine engine, LedgerSigner signer) {
    }

    Ledger ledger(AlgorithmSuite suite) {
        var journal = Journal.open(database.app(), JournalSettings.defaults().withSuite(suite));
        closing.add(journal);
        var engine = HashChainedEventStorageEngine.builder().journal(journal).eventSerializer(SERIALIZER).build();
        return new Ledger(journal, engine, LedgerSigner.loadOrCreate(keys, suite));
    }

    /** 200 units of work (460 events, positions 0 to 459) with checkpoints 0, 1 and 2 at 184, 368 and 460 records. */
    Ledger standardLedger() {
        var ledger = ledger(AlgorithmSuite.SHA256_ED25519);
        var checkpoints = new Checkpoints(ledger.journal, ledger.signer, CLOCK);
        append(ledger.engine, 0, 80);
        assertThat(checkpoints.take().treeSize()).isEqualTo(184);
        append(ledger.engine, 80, 80);
        assertThat(checkpoints.take().treeSize()).isEqualTo(368);
        append(ledger.engine, 160, 40);
        assertThat(checkpoints.take().treeSize()).isEqualTo(460);
        return ledger;
    }

    /** Units of 1 to 4 events of one shipment, every tenth a lone event of no aggregate; notes of varied length. */
    static void append(HashChainedEventStorageEngine engine, int firstUnit, int units) {
        for (int u = firstUnit; u < firstUnit + units; u++) {
            var metadata = MetaData.from(Map.of("actingParty", "supplier-7", "unit", u));
            var unit = new ArrayList<EventMessage<?>>();
            if (u % 10 == 9) {
                unit.add(GenericEventMessage.asEventMessage(new Heartbeat(u)).andMetaData(metadata));
            } else {
                for (int s = 0; s < 1 + u % 4; s++) {
                    var note = "Steel coils, grade Q235B, lot " + u + "-" + s + " " + "delivered ".repeat(u % 13);
                    var shipment = new Shipment("shipment-" + u, note);
                    unit.add(new GenericDomainEventMessage<>("Shipment", "shipment-" + u, s, shipment, metadata));
                }
            }
            engine.appendEvents(unit);
        }
    }

    JournalExporter exporter(Ledger ledger) {
        return new JournalExporter(ledger.journal, ledger.signer, CLOCK);
    }

    byte[] export(Ledger ledger) throws IOException {
        var out = new ByteArrayOutputStream();
        exporter(ledger).export(out, ExportProgress.none());
        return out.toByteArray();
    }

    static VerificationResult verify(byte[] export, LedgerPublicKey key) throws IOException {
        return new ExportVerifier(key).verify(new ByteArrayInputStream(export), ExportProgress.none());
    }

    static void assertFailure(VerificationResult result, Site site, long at, String reason) {
        assertThat(result.ok()).as("verified").isFalse();
        assertThat(result.failure()).isEqualTo(new VerificationFailure(site, at, reason));
    }

    /** Where the line of the record at {@code position} starts in an untampered export. */
    static int lineOf(byte[] export, long position) {
        var text = new String(export, StandardCharsets.ISO_8859_1);
        int tail = text.indexOf(",\"position\":" + position + ",\"prevHash\":\"");
        assertThat(tail).as("position %d in the export", position).isPositive();
        return text.lastIndexOf('\n', tail) + 1;
    }

    /** Tampering as the schema's owner would: a superuser, the append-only triggers switched off. */
    int sql(String statement) throws SQLException {
        disableAppendOnlyTriggers();
        try (var connection = database.owner().getConnection(); var tamper = connection.createStatement()) {
            return tamper.executeUpdate(statement);
        }
    }

    void disableAppendOnlyTriggers() throws SQLException {
        try (var connection = database.owner().getConnection(); var alter = connection.createStatement()) {
            alter.execute("alter table journal_event disable trigger all");
            alter.execute("alter table journal_checkpoint disable trigger all");
        }
    }

    static JournalRecord forgedRecord(long position, byte[] prevHash, AlgorithmSuite suite) {
        var unhashed = new JournalRecord(position, "forged-" + position, "Shipment", "shipment-forged", 0L, Shipment.class.getName(), null,
                JournalRecord.journalTime(CLOCK.instant()), "{\"note\":\"paid twice\",\"shipmentId\":\"shipment-forged\"}".getBytes(
                StandardCharsets.UTF_8), "{\"actingParty\":\"supplier-7\"}".getBytes(StandardCharsets.UTF_8), prevHash, new byte[0]);
        byte[] hash = suite.hash().digest(RecordEncoding.encode(unhashed));
        return new JournalRecord(position, unhashed.eventId(), unhashed.aggregateType(), unhashed.aggregateId(),
                unhashed.aggregateSequence(), unhashed.eventType(), null, unhashed.occurredAt(), unhashed.payload(), unhashed.metadata(),
                prevHash, hash);
    }

    void insert(JournalRecord record) throws SQLException {
        try (var connection = database.owner().getConnection();
                var insert = connection.prepareStatement("insert into journal_event (position, event_id, aggregate_type, aggregate_id,"
                        + " aggregate_sequence, event_type, event_revision, occurred_at, payload, metadata, prev_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, record.position());
            insert.setString(2, record.eventId());
            insert.setString(3, record.aggregateType());
            insert.setString(4, record.aggregateId());
            insert.setLong(5, record.aggregateSequence());
            insert.setString(6, record.eventType());
            insert.setObject(7, OffsetDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC));
            insert.setBytes(8, record.payload());
            insert.setBytes(9, record.metadata());
            insert.setBytes(10, record.prevHash());
            insert.setBytes(11, record.hash());
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }
}
