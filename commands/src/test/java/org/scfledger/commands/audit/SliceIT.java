package org.scfledger.commands.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfledger.commands.testing.Parties;
import org.scfledger.commands.testing.TestAxon;
import org.scfledger.core.audit.AuditScope;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.DrawdownRequestOutcome;
import org.scfledger.core.financing.FinancingEvent;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.journal.export.ExportProgress;
import org.scfledger.core.journal.export.ExportVisitor;
import org.scfledger.core.journal.export.ExportedRecord;
import org.scfledger.core.journal.export.JournalSlicer;
import org.scfledger.core.journal.export.SliceScope;
import org.scfledger.core.journal.export.SliceVerificationResult;
import org.scfledger.core.journal.export.SliceVerifier;
import org.scfledger.core.journal.export.VerificationFailure;
import org.scfledger.core.journal.export.VerificationFailure.Site;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.Hex;
import org.scfledger.crypto.LedgerKeyPair;
import org.scfledger.crypto.SignatureAlgorithm;

/**
 * Slices of a real journal (PostgreSQL, the write side's own commands): three programs, two funders, financings in each,
 * interleaved. A slice holds exactly its scope's records, as computed here from the events themselves, and verifies; every
 * way of tampering with it fails at the position (or checkpoint) it touched.
 */
class SliceIT {

    static final ProgramId A = ProgramId.of("prog-a");
    static final ProgramId B = ProgramId.of("prog-b");
    static final ProgramId C = ProgramId.of("prog-c");
    static final PartyId BANK_1 = PartyId.of("bank-1");
    static final PartyId BANK_2 = PartyId.of("bank-2");
    static final FinancingId A1 = FinancingId.of("F-A1");
    static final FinancingId A2 = FinancingId.of("F-A2");
    static final FinancingId B1 = FinancingId.of("F-B1");
    static final FinancingId C1 = FinancingId.of("F-C1");
    static final LocalDate START = LocalDate.parse("2024-01-15");
    static final Pattern TAIL = Pattern.compile(",\"position\":(\\d+),\"prevHash\":\"[0-9a-f]{64}\"}}$");

    @TempDir
    static Path keys;

    static JournalDatabase database;
    static Journal journal;
    static Configuration axon;
    static LedgerSigner signer;
    static Checkpoint anchor;

    @BeforeAll
    static void ledger() {
        database = JournalDatabase.create();
        journal = Journal.open(database.app(), JournalSettings.defaults());
        signer = LedgerSigner.loadOrCreate(keys, AlgorithmSuite.SHA256_ED25519);
        var engine = HashChainedEventStorageEngine.builder().journal(journal)
                .eventSerializer(LedgerJson.serializer()).snapshotSerializer(LedgerJson.serializer()).build();
        axon = TestAxon.configurer(engine).start();
        var gateway = axon.commandGateway();
        PartyId coreA = PartyId.of("core-a");
        PartyId coreB = PartyId.of("core-b");
        PartyId coreC = PartyId.of("core-c");
        PartyId supplier1 = PartyId.of("supplier-1");
        PartyId supplier2 = PartyId.of("supplier-2");
        PartyId supplier3 = PartyId.of("supplier-3");
        Parties.forProgram(gateway, coreA, BANK_1, supplier1, supplier2, supplier3);
        Parties.cores(gateway, coreB, coreC);
        Parties.funders(gateway, BANK_2);

        createProgram(gateway, A, coreA, BANK_1);
        createProgram(gateway, B, coreB, BANK_2);
        gateway.sendAndWait(new AdmitMember(A, supplier1, MemberSide.SUPPLIER, cny("10000.00"), cny("10000.00"), BANK_1));
        gateway.sendAndWait(new AdmitMember(B, supplier2, MemberSide.SUPPLIER, cny("10000.00"), cny("10000.00"), BANK_2));
        request(gateway, A1, A, supplier1, "10000.00");
        request(gateway, B1, B, supplier2, "6000.00");
        gateway.sendAndWait(DecideFinancing.approve(A1, START, BANK_1));
        gateway.sendAndWait(DecideFinancing.approve(B1, START, BANK_2));
        gateway.sendAndWait(new DisburseFinancing(B1, START, BANK_2));
        gateway.sendAndWait(new DisburseFinancing(A1, START, BANK_1));
        DrawdownRequestOutcome refused = request(gateway, A2, A, supplier1, "5000.00");
        assertThat(refused.isRefused()).as("over the member's limit").isTrue();
        createProgram(gateway, C, coreC, BANK_1);
        gateway.sendAndWait(new AdmitMember(C, supplier3, MemberSide.SUPPLIER, cny("10000.00"), cny("10000.00"), BANK_1));
        gateway.sendAndWait(new RepayFinancing(A1, cny("3357.53"), null, LocalDate.parse("2024-02-15"), supplier1));
        request(gateway, C1, C, supplier3, "2000.00");
        gateway.sendAndWait(new RepayFinancing(B1, cny("1000.00"), null, LocalDate.parse("2024-02-15"), supplier2));
        gateway.sendAndWait(new RepayFinancing(A1, cny("3357.53"), null, LocalDate.parse("2024-03-15"), supplier1));
        anchor = new Checkpoints(journal, signer, Clock.systemUTC()).take();
        // After the anchor: not in a slice that ends at it.
        gateway.sendAndWait(new RepayFinancing(A1, cny("3358.34"), null, LocalDate.parse("2024-04-15"), supplier1));
    }

    @AfterAll
    static void close() {
        axon.shutdown();
        journal.close();
        database.close();
    }

    // ---------------------------------------------------------------- what a slice holds

    @Test
    void a_program_slice_holds_exactly_the_program_and_its_financings_and_verifies() throws IOException {
        List<Long> expected = positionsOf(Set.of(A), Set.of(A1, A2));
        assertThat(expected).as("the program's and its financings' records").hasSizeGreaterThan(10);
        assertThat(anchor.treeSize() - expected.size()).as("other parties' records").isGreaterThan(20);

        var out = new ByteArrayOutputStream();
        var summary = slicer().slice(AuditScope.program("prog-a"), anchor.number(), out, ExportProgress.none());
        assertThat(summary.records()).isEqualTo(expected.size());
        assertThat(summary.anchor()).isEqualTo(anchor);

        var seen = new ArrayList<Long>();
        var checkpoints = new ArrayList<Checkpoint>();
        var result = new SliceVerifier(signer.publicKey(), AuditScope::parse)
                .verify(new ByteArrayInputStream(out.toByteArray()), ExportProgress.none(), collecting(seen, checkpoints));

        assertThat(result.failure()).isNull();
        var verified = result.verified();
        assertThat(verified.records()).isEqualTo(expected.size());
        assertThat(verified.aggregates()).as("the program and its two financings").isEqualTo(3);
        assertThat(verified.scope()).isEqualTo(AuditScope.program("prog-a"));
        assertThat(verified.anchor()).isEqualTo(anchor);
        assertThat(verified.keyFingerprint()).isEqualTo(signer.publicKey().fingerprint());
        assertThat(seen).isEqualTo(expected);
        assertThat(checkpoints).containsExactly(anchor);
        var lines = lines(out.toByteArray());
        assertThat(lines.get(0)).startsWith("{\"slice\":{\"createdAt\":\"")
                .contains("\"format\":\"scfledger-journal-slice\"", "\"records\":" + expected.size() + ",",
                        "\"scope\":{\"program\":\"prog-a\"}", "\"treeSize\":" + anchor.treeSize() + ",\"version\":1}}");
        assertThat(lines.get(1)).startsWith("{\"checkpoint\":{").contains("\"number\":" + anchor.number() + ",");
        assertThat(lines.subList(2, lines.size())).extracting(SliceIT::position).isEqualTo(expected);
        assertThat(lines.get(2)).startsWith("{\"hash\":\"").contains("\",\"proof\":[\"", "\"],\"record\":{\"aggregateId\":\"program:prog-a\"");
    }

    @Test
    void a_funder_slice_holds_its_programs_and_their_financings_and_verifies() throws IOException {
        List<Long> expected = positionsOf(Set.of(A, C), Set.of(A1, A2, C1));

        byte[] slice = slice(AuditScope.funder("bank-1"));
        var result = verify(slice);

        assertThat(result.failure()).isNull();
        assertThat(result.verified().records()).isEqualTo(expected.size());
        assertThat(result.verified().aggregates()).isEqualTo(5);
        assertThat(lines(slice).subList(2, lines(slice).size())).extracting(SliceIT::position).isEqualTo(expected);
        assertThat(lines(slice).get(0)).contains("\"scope\":{\"funder\":\"bank-1\"}");

        var other = verify(slice(AuditScope.funder("bank-2")));
        assertThat(other.failure()).isNull();
        assertThat(other.verified().records()).isEqualTo(positionsOf(Set.of(B), Set.of(B1)).size());
    }

    @Test
    void without_a_checkpoint_number_a_slice_ends_at_a_new_checkpoint_of_the_grown_journal() throws IOException {
        var out = new ByteArrayOutputStream();
        var summary = slicer().slice(AuditScope.program("prog-a"), out, ExportProgress.none());

        assertThat(summary.anchor().number()).isGreaterThan(anchor.number());
        assertThat(summary.anchor().treeSize()).isEqualTo(journal.head().size());
        var result = verify(out.toByteArray());
        assertThat(result.failure()).isNull();
        assertThat(result.verified().records()).as("and the repayment after the first anchor")
                .isEqualTo(positionsOf(Set.of(A), Set.of(A1, A2), summary.anchor().treeSize()).size());
    }

    // ---------------------------------------------------------------- tampering

    @Test
    void a_changed_byte_in_a_payload_fails_at_that_record() throws IOException {
        var lines = lines(slice(AuditScope.program("prog-a")));
        int approved = indexOf(lines, "\"aggregateId\":\"financing:F-A1\",\"aggregateSequence\":1,");
        String line = lines.get(approved);
        int at = line.indexOf("\"payload\":{\"") + "\"payload\":{\"".length();
        lines.set(approved, line.substring(0, at) + (line.charAt(at) == 'x' ? 'y' : 'x') + line.substring(at + 1));

        assertFailure(verify(joined(lines)), Site.POSITION, position(line), "record content does not match its hash");
    }

    @Test
    void a_genuine_record_from_outside_the_scope_fails_as_outside_it() throws IOException {
        var lines = lines(slice(AuditScope.program("prog-a")));
        var others = lines(slice(AuditScope.program("prog-b")));
        String borrowed = others.get(indexOf(others, "\"aggregateId\":\"financing:F-B1\",\"aggregateSequence\":0,"));
        insertInOrder(lines, borrowed);

        assertFailure(verify(joined(lines)), Site.POSITION, position(borrowed), "the record is outside the slice's scope (program prog-a)");

        // A later record of a financing of another program: nothing in the slice places it in scope.
        var again = lines(slice(AuditScope.program("prog-a")));
        String later = others.get(indexOf(others, "\"aggregateId\":\"financing:F-B1\",\"aggregateSequence\":2,"));
        insertInOrder(again, later);
        var result = verify(joined(again));
        assertFailure(result, Site.POSITION, position(later), "the record is outside the slice's scope (program prog-a): nothing before it");
    }

    @Test
    void a_missing_middle_record_of_a_financing_fails_at_the_gap() throws IOException {
        var lines = lines(slice(AuditScope.program("prog-a")));
        lines.remove(indexOf(lines, "\"aggregateId\":\"financing:F-A1\",\"aggregateSequence\":2,"));
        String next = lines.get(indexOf(lines, "\"aggregateId\":\"financing:F-A1\",\"aggregateSequence\":3,"));

        assertFailure(verify(joined(lines)), Site.POSITION, position(next),
                "aggregate financing:F-A1 jumps from sequence 1 to 3: a record of it is missing from the slice");
    }

    @Test
    void a_missing_first_record_of_the_program_fails_at_its_next_one() throws IOException {
        var lines = lines(slice(AuditScope.program("prog-a")));
        lines.remove(2);

        assertFailure(verify(joined(lines)), Site.POSITION, position(lines.get(2)),
                "aggregate program:prog-a begins at sequence 1 in the slice: its records from sequence 0 are missing from it");
    }

    @Test
    void a_changed_proof_hash_fails_at_that_record() throws IOException {
        var lines = lines(slice(AuditScope.program("prog-a")));
        int index = lines.size() - 3;
        String line = lines.get(index);
        int at = line.indexOf("\"proof\":[\"") + "\"proof\":[\"".length();
        lines.set(index, line.substring(0, at) + (line.charAt(at) == '0' ? '1' : '0') + line.substring(at + 1));

        assertFailure(verify(joined(lines)), Site.POSITION, position(line), "the inclusion proof does not lead to the root checkpoint "
                + anchor.number() + " signs");
    }

    @Test
    void a_checkpoint_signed_by_another_key_fails_at_the_checkpoint() throws IOException {
        var lines = lines(slice(AuditScope.program("prog-a")));
        var other = LedgerKeyPair.generate(SignatureAlgorithm.ED25519);
        var unsigned = new Checkpoint(anchor.number(), anchor.treeSize(), anchor.rootHash(), anchor.headHash(), anchor.createdAt(),
                anchor.suite(), other.publicKey().fingerprint(), new byte[0]);
        lines.set(1, "{\"checkpoint\":" + new String(unsigned.signedBytes(), StandardCharsets.UTF_8) + ",\"signature\":\""
                + Hex.encode(other.sign(unsigned.signedBytes())) + "\"}");

        assertFailure(verify(joined(lines)), Site.CHECKPOINT, anchor.number(), "checkpoint is signed by key "
                + other.publicKey().fingerprint() + ", not the trusted key " + signer.publicKey().fingerprint());

        var untrusted = new SliceVerifier(other.publicKey(), AuditScope::parse)
                .verify(new ByteArrayInputStream(slice(AuditScope.program("prog-a"))), ExportProgress.none());
        assertFailure(untrusted, Site.HEADER, 0, "the slice names key " + signer.publicKey().fingerprint());
    }

    @Test
    void a_cut_off_slice_fails_after_its_last_whole_record() throws IOException {
        byte[] slice = slice(AuditScope.program("prog-a"));
        var lines = lines(slice);
        long lastWhole = position(lines.get(lines.size() - 2));

        assertFailure(verify(Arrays.copyOf(slice, slice.length - 40)), Site.POSITION, lastWhole + 1,
                "the slice is cut off in the middle of the line after position " + lastWhole);
        assertFailure(verify(joined(lines.subList(0, lines.size() - 1))), Site.POSITION, lastWhole + 1,
                "the slice ends after " + (lines.size() - 3) + " of the " + (lines.size() - 2) + " records its header promises");
        assertFailure(verify(joined(lines.subList(0, 1))), Site.ANCHOR, 0, "the slice ends after its header");
    }

    @Test
    void records_out_of_order_fail_at_the_one_out_of_place() throws IOException {
        var lines = lines(slice(AuditScope.program("prog-a")));
        int first = 3;
        while (aggregateOf(lines.get(first)).equals(aggregateOf(lines.get(first + 1)))) {
            first++; // two records of one aggregate swapped would fail as a gap in it first
        }
        String earlier = lines.get(first);
        lines.set(first, lines.get(first + 1));
        lines.set(first + 1, earlier);

        assertFailure(verify(joined(lines)), Site.POSITION, position(earlier), "position " + position(earlier) + " follows position");
    }

    // ---------------------------------------------------------------- helpers

    /** Positions below the anchor whose events belong to these programs or financings, decided from the events themselves. */
    static List<Long> positionsOf(Set<ProgramId> programs, Set<FinancingId> financings) {
        return positionsOf(programs, financings, anchor.treeSize());
    }

    static List<Long> positionsOf(Set<ProgramId> programs, Set<FinancingId> financings, long size) {
        var serializer = LedgerJson.serializer();
        var positions = new ArrayList<Long>();
        for (JournalRecord record : journal.records(0, size, 100_000)) {
            Object event = serializer.deserialize(new SimpleSerializedObject<>(record.payload(), byte[].class, record.eventType(),
                    record.eventRevision()));
            boolean inScope = event instanceof ProgramEvent programEvent ? programs.contains(programEvent.programId())
                    : event instanceof FinancingEvent financingEvent && financings.contains(financingEvent.financingId());
            if (inScope) {
                positions.add(record.position());
            }
        }
        return positions;
    }

    static JournalSlicer slicer() {
        return new JournalSlicer(journal, signer, Clock.systemUTC());
    }

    static byte[] slice(SliceScope scope) throws IOException {
        var out = new ByteArrayOutputStream();
        slicer().slice(scope, anchor.number(), out, ExportProgress.none());
        return out.toByteArray();
    }

    static SliceVerificationResult verify(byte[] slice) throws IOException {
        return new SliceVerifier(signer.publicKey(), AuditScope::parse).verify(new ByteArrayInputStream(slice), ExportProgress.none());
    }

    static void assertFailure(SliceVerificationResult result, Site site, long at, String reasonStart) {
        assertThat(result.ok()).as("the slice must fail").isFalse();
        VerificationFailure failure = result.failure();
        assertThat(failure.site()).as(failure.describe()).isEqualTo(site);
        assertThat(failure.at()).as(failure.describe()).isEqualTo(at);
        assertThat(failure.reason()).startsWith(reasonStart);
    }

    static ExportVisitor collecting(List<Long> positions, List<Checkpoint> checkpoints) {
        return new ExportVisitor() {
            @Override
            public void record(ExportedRecord record) {
                positions.add(record.position());
            }

            @Override
            public boolean checkpoint(Checkpoint checkpoint) {
                checkpoints.add(checkpoint);
                return false;
            }
        };
    }

    static List<String> lines(byte[] slice) {
        var text = new String(slice, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        return new ArrayList<>(List.of(text.substring(0, text.length() - 1).split("\n", -1)));
    }

    static byte[] joined(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static long position(String recordLine) {
        var tail = TAIL.matcher(recordLine);
        assertThat(tail.find()).as(recordLine).isTrue();
        return Long.parseLong(tail.group(1));
    }

    static String aggregateOf(String recordLine) {
        int at = recordLine.indexOf("\"record\":{\"aggregateId\":");
        return recordLine.substring(at, recordLine.indexOf(',', at + 25));
    }

    static int indexOf(List<String> lines, String fragment) {
        for (int i = 2; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i;
            }
        }
        throw new AssertionError("no line holds " + fragment);
    }

    /** Inserts a record line where its position belongs among the record lines. */
    static void insertInOrder(List<String> lines, String recordLine) {
        int at = 2;
        while (at < lines.size() && position(lines.get(at)) < position(recordLine)) {
            at++;
        }
        lines.add(at, recordLine);
    }

    static void createProgram(org.axonframework.commandhandling.gateway.CommandGateway gateway, ProgramId program, PartyId core,
            PartyId funder) {
        gateway.sendAndWait(new CreateProgram(program, core, funder, Currency.getInstance("CNY"), cny("50000.00"),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent("4.35")), 180, BigDecimal.ONE, funder));
    }

    static DrawdownRequestOutcome request(org.axonframework.commandhandling.gateway.CommandGateway gateway, FinancingId financing,
            ProgramId program, PartyId member, String amount) {
        return gateway.sendAndWait(new RequestDrawdown(financing, program, member, cny(amount), RepaymentMethod.EQUAL_INSTALLMENT,
                FinancingTenor.monthly(3), START, member));
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
