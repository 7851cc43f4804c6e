package org.scfledger.commands.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.commands.WriteSide;
import org.scfledger.commands.testing.Parties;
import org.scfledger.commands.testing.TestAxon;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.program.ReleaseReservation;
import org.scfledger.core.program.ReserveDrawdown;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.core.testing.JournalDatabase;

/**
 * The program is snapshotted every {@link WriteSide#PROGRAM_SNAPSHOT_EVERY} events into {@code aggregate_snapshot} on
 * the real journal, and an instance that loads it from the snapshot enforces the same limits.
 */
class ProgramSnapshotIT {

    static final ProgramId PROGRAM = ProgramId.of("prog-snap");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId FUNDER = PartyId.of("bank-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId DEALER = PartyId.of("dealer-3");
    static final LocalDate DAY = LocalDate.parse("2026-03-15");

    final JournalDatabase database = JournalDatabase.create();
    Journal journal;
    Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
        if (journal != null) {
            journal.close();
        }
        database.close();
    }

    EventStorageEngine engine() {
        return HashChainedEventStorageEngine.builder().journal(journal)
                .eventSerializer(LedgerJson.serializer()).snapshotSerializer(LedgerJson.serializer()).build();
    }

    @Test
    void a_program_loaded_from_its_snapshot_enforces_the_same_limits() throws Exception {
        journal = Journal.open(database.app(), JournalSettings.defaults());
        axon = TestAxon.configurer(engine()).start();
        var gateway = axon.commandGateway();
        Parties.forProgram(gateway, CORE, FUNDER, SUPPLIER, DEALER);
        gateway.sendAndWait(new CreateProgram(PROGRAM, CORE, FUNDER, Currency.getInstance("CNY"), cny("100000.00"),
                DAY.minusMonths(2), DAY.plusMonths(10), AdvanceRates.defaults(), ProgramPricing.of(Rate.percent("4.35")),
                180, BigDecimal.ONE, FUNDER));
        gateway.sendAndWait(new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, cny("80000.00"), cny("80000.00"), FUNDER));
        gateway.sendAndWait(new AdmitMember(PROGRAM, DEALER, MemberSide.DISTRIBUTOR, cny("50000.00"), cny("50000.00"), FUNDER));
        for (int i = 0; i < 55; i++) {
            FinancingId financing = FinancingId.of("F-" + i);
            gateway.sendAndWait(new ReserveDrawdown(PROGRAM, financing, SUPPLIER, cny("1000.00"), DAY, SUPPLIER));
            gateway.sendAndWait(new ReleaseReservation(PROGRAM, financing, "withdrawn", DAY, SUPPLIER));
        }
        // 113 events: the next load (of more than 100 events) snapshots the program; these reservations stay.
        gateway.sendAndWait(new ReserveDrawdown(PROGRAM, FinancingId.of("F-A"), SUPPLIER, cny("60000.00"), DAY, SUPPLIER));
        gateway.sendAndWait(new ReserveDrawdown(PROGRAM, FinancingId.of("F-B"), DEALER, cny("10000.00"), DAY, DEALER));

        assertThat(snapshots()).isEqualTo(1);
        EventStorageEngine reader = engine();
        DomainEventMessage<?> snapshot = reader.readSnapshot(PROGRAM.toString()).orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isGreaterThanOrEqualTo(WriteSide.PROGRAM_SNAPSHOT_EVERY - 1L);
        Serializer json = LedgerJson.serializer();
        byte[] stored = snapshot.serializePayload(json, byte[].class).getData();
        Program fromSnapshot = (Program) snapshot.getPayload();
        ObjectMapper mapper = LedgerJson.objectMapper();
        assertThat(mapper.readTree(json.serialize(fromSnapshot, byte[].class).getData()))
                .as("the snapshot reads back to the same state").isEqualTo(mapper.readTree(stored));
        assertThat(fromSnapshot.programFunder()).isEqualTo(FUNDER);
        assertThat(fromSnapshot.coreEnterprise()).isEqualTo(CORE);
        axon.shutdown();

        // A fresh instance on the same database loads the program from its snapshot.
        axon = TestAxon.configurer(engine()).start();
        var fresh = axon.commandGateway();
        assertThatThrownBy(() -> fresh.sendAndWait(new ReserveDrawdown(PROGRAM, FinancingId.of("F-C"), SUPPLIER,
                cny("20000.01"), DAY, SUPPLIER))).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.code()).isEqualTo(DrawdownLimits.LIMIT_EXCEEDED));
        assertThatThrownBy(() -> fresh.sendAndWait(new ReserveDrawdown(PROGRAM, FinancingId.of("F-C"), DEALER,
                cny("30000.01"), DAY, DEALER))).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.code()).isEqualTo(DrawdownLimits.LIMIT_EXCEEDED));
        assertThatThrownBy(() -> fresh.sendAndWait(new ReserveDrawdown(PROGRAM, FinancingId.of("F-A"), DEALER,
                cny("1.00"), DAY, DEALER))).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.code()).isEqualTo("financing-already-reserved"));
        fresh.sendAndWait(new ReserveDrawdown(PROGRAM, FinancingId.of("F-C"), SUPPLIER, cny("20000.00"), DAY, SUPPLIER));
        assertThatThrownBy(() -> fresh.sendAndWait(new ReserveDrawdown(PROGRAM, FinancingId.of("F-D"), DEALER,
                cny("10000.01"), DAY, DEALER))).as("the program limit binds now").isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.code()).isEqualTo(DrawdownLimits.LIMIT_EXCEEDED));
        fresh.sendAndWait(new ReleaseReservation(PROGRAM, FinancingId.of("F-B"), "withdrawn", DAY, DEALER));
        fresh.sendAndWait(new ReserveDrawdown(PROGRAM, FinancingId.of("F-D"), DEALER, cny("20000.00"), DAY, DEALER));
    }

    private long snapshots() throws Exception {
        try (var connection = database.owner().getConnection();
                var statement = connection.prepareStatement("select count(*) from aggregate_snapshot where aggregate_id = ?")) {
            statement.setString(1, PROGRAM.toString());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
