package org.scfledger.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfledger.api.cli.ExportVerifyCommandsIT.run;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfledger.api.cli.ExportVerifyCommandsIT.Run;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.financing.FinancingEvent.FinancingApproved;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramEvent.ProgramCreated;
import org.scfledger.core.program.ProgramEvent.ProgramLimitChanged;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.Hex;

/** {@code ledger export --program/--funder} writes a slice, and {@code ledger verify} recognises and checks it. */
class SliceCommandsIT {

    static final ProgramId G = ProgramId.of("prog-g");
    static final ProgramId H = ProgramId.of("prog-h");
    static final PartyId BANK_1 = PartyId.of("bank-1");
    static final PartyId BANK_2 = PartyId.of("bank-2");
    static final LocalDate DAY = LocalDate.parse("2024-01-15");
    static final ProgramPricing PRICING = ProgramPricing.of(Rate.percent("4.35"));

    @TempDir
    Path dataDir;

    JournalDatabase database;
    Journal journal;
    LedgerSigner signer;
    Path slice;
    Path publicKey;

    /** Two programs of two funders, a financing in each, written as the write side writes them. */
    @BeforeEach
    void ledgerWithTwoPrograms() {
        database = JournalDatabase.create();
        journal = Journal.open(database.app(), JournalSettings.defaults());
        signer = LedgerSigner.loadOrCreate(dataDir.resolve("keys"), AlgorithmSuite.SHA256_ED25519);
        var engine = HashChainedEventStorageEngine.builder().journal(journal).eventSerializer(LedgerJson.serializer()).build();
        engine.appendEvents(List.of(program(G, 0, created(G, "core-g", BANK_1))));
        engine.appendEvents(List.of(program(H, 0, created(H, "core-h", BANK_2))));
        engine.appendEvents(List.of(financing("F-G1", 0, requested("F-G1", G, BANK_1))));
        engine.appendEvents(List.of(financing("F-H1", 0, requested("F-H1", H, BANK_2))));
        engine.appendEvents(List.of(financing("F-H1", 1, new FinancingApproved(FinancingId.of("F-H1"), BANK_2, List.of(), DAY))));
        engine.appendEvents(List.of(financing("F-G1", 1, new FinancingApproved(FinancingId.of("F-G1"), BANK_1, List.of(), DAY))));
        engine.appendEvents(List.of(program(G, 1, new ProgramLimitChanged(G, cny("50000.00"), cny("60000.00")))));
        slice = dataDir.resolve("prog-g.jsonl");
        publicKey = dataDir.resolve("keys").resolve(LedgerSigner.PUBLIC_KEY_FILE);
    }

    @AfterEach
    void close() {
        journal.close();
        database.close();
    }

    @Test
    void a_program_slice_is_written_and_verifies_as_a_slice() {
        var exported = export("--program", "prog-g");

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        var anchor = new Checkpoints(journal, signer, Clock.systemUTC()).latest().orElseThrow();
        assertThat(exported.out()).contains("Exported a slice of 4 records of program prog-g to " + slice.toAbsolutePath())
                .contains("anchor checkpoint: 0 (tree size 7, root " + Hex.encode(anchor.rootHash()) + ")");
        assertThat(dataDir.resolve("prog-g.jsonl.partial")).doesNotExist();

        var verified = run("verify", slice.toString(), "--public-key", publicKey.toString());

        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).startsWith("OK: every record is in the ledger signed by checkpoint 0 (root "
                        + Hex.encode(anchor.rootHash()) + "), in scope program prog-g, and each of its aggregates is complete from"
                        + " its first record")
                .contains("records:          4", "aggregates:       2", "tree size:        7", "suite:            SHA256-ED25519",
                        "key fingerprint:  " + signer.publicKey().fingerprint());
    }

    @Test
    void a_funder_slice_verifies_and_a_tampered_one_fails_at_its_position() throws Exception {
        assertThat(export("--funder", "bank-2").exitCode()).isZero();
        assertThat(run("verify", slice.toString(), "--public-key", publicKey.toString()).out())
                .contains("in scope funder bank-2", "records:          3");

        var text = Files.readString(slice, StandardCharsets.UTF_8);
        Files.writeString(slice, text.replace("\"approvedBy\":", "\"approvedBz\":"), StandardCharsets.UTF_8);
        var verified = run("verify", slice.toString(), "--public-key", publicKey.toString());

        assertThat(verified.exitCode()).isEqualTo(VerifyCommand.FAILED);
        // F-H1's approval is position 4.
        assertThat(verified.out()).isEqualTo("FAILED at position 4: record content does not match its hash" + System.lineSeparator());
    }

    @Test
    void program_and_funder_together_are_refused() {
        var both = export("--program", "prog-g", "--funder", "bank-1");

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(slice).doesNotExist();
    }

    Run export(String... scope) {
        var args = new ArrayList<>(List.of("export", "--out", slice.toString(), "--data-dir", dataDir.toString(),
                "--database-url", database.owner().getJdbcUrl(), "--database-user", database.owner().getUsername(),
                "--database-password", Objects.toString(database.owner().getPassword(), "")));
        args.addAll(List.of(scope));
        return run(args.toArray(String[]::new));
    }

    static GenericDomainEventMessage<Object> program(ProgramId program, long sequence, Object event) {
        return new GenericDomainEventMessage<>("Program", program.toString(), sequence, event);
    }

    static GenericDomainEventMessage<Object> financing(String id, long sequence, Object event) {
        return new GenericDomainEventMessage<>("Financing", FinancingId.of(id).toString(), sequence, event);
    }

    static ProgramCreated created(ProgramId program, String core, PartyId funder) {
        return new ProgramCreated(program, PartyId.of(core), funder, Currency.getInstance("CNY"), cny("50000.00"),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), AdvanceRates.defaults(), PRICING, 180, BigDecimal.ONE);
    }

    static FinancingRequested requested(String id, ProgramId program, PartyId funder) {
        return new FinancingRequested(FinancingId.of(id), FinancingKind.LINE_DRAWDOWN, program, PartyId.of("supplier-1"), funder,
                cny("1000.00"), RepaymentMethod.BULLET, FinancingTenor.monthly(1), PRICING, DAY);
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
