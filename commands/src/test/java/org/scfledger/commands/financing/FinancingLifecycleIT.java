package org.scfledger.commands.financing;

import org.scfledger.commands.testing.Parties;
import org.scfledger.commands.testing.TestAxon;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.DrawdownRequestOutcome;
import org.scfledger.core.financing.FinancingEvent;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.JournalSettings;
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

/**
 * A line drawdown's whole life on the real journal (PostgreSQL, hash-chained): request → approve → disburse → three
 * equal installments (docs/formulas.md §3: 3357.53, 3357.53, 3358.34) → repaid in full. Every event is in the journal,
 * each unit of work's events of both aggregates together, and the program's outstanding principal ends at zero, so the
 * member can draw its whole limit again.
 */
class FinancingLifecycleIT {

    static final ProgramId PROGRAM = ProgramId.of("prog-it");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId FUNDER = PartyId.of("bank-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final FinancingId F = FinancingId.of("F-IT-1");
    static final LocalDate START = LocalDate.parse("2024-01-15");

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

    @Test
    void request_approve_disburse_and_repay_in_full_restores_the_line_and_journals_every_event() {
        journal = Journal.open(database.app(), JournalSettings.defaults());
        var engine = HashChainedEventStorageEngine.builder().journal(journal)
                .eventSerializer(LedgerJson.serializer()).snapshotSerializer(LedgerJson.serializer()).build();
        axon = TestAxon.configurer(engine).start();
        var gateway = axon.commandGateway();
        Parties.forProgram(gateway, CORE, FUNDER, SUPPLIER);
        gateway.sendAndWait(new CreateProgram(PROGRAM, CORE, FUNDER, Currency.getInstance("CNY"), cny("50000.00"),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent("4.35")), 180, BigDecimal.ONE, FUNDER));
        gateway.sendAndWait(new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, cny("10000.00"), cny("10000.00"), FUNDER));

        DrawdownRequestOutcome outcome = gateway.sendAndWait(new RequestDrawdown(F, PROGRAM, SUPPLIER, cny("10000.00"),
                RepaymentMethod.EQUAL_INSTALLMENT, FinancingTenor.monthly(3), START, SUPPLIER));
        assertThat(outcome.isRefused()).isFalse();
        gateway.sendAndWait(DecideFinancing.approve(F, START, FUNDER));
        gateway.sendAndWait(new DisburseFinancing(F, START, FUNDER));
        gateway.sendAndWait(new RepayFinancing(F, cny("3357.53"), null, LocalDate.parse("2024-02-15"), SUPPLIER));
        gateway.sendAndWait(new RepayFinancing(F, cny("3357.53"), null, LocalDate.parse("2024-03-15"), SUPPLIER));
        gateway.sendAndWait(new RepayFinancing(F, cny("3358.34"), null, LocalDate.parse("2024-04-15"), SUPPLIER));

        List<Object> financingEvents = new ArrayList<>();
        Money reserved = Money.zero("CNY");
        Money outstanding = Money.zero("CNY");
        var serializer = LedgerJson.serializer();
        for (JournalRecord record : journal.records(0, Long.MAX_VALUE, 1000)) {
            Object event = serializer.deserialize(new SimpleSerializedObject<>(record.payload(), byte[].class,
                    record.eventType(), record.eventRevision()));
            if (F.toString().equals(record.aggregateId())) {
                financingEvents.add(event);
            } else if (event instanceof ProgramEvent.DrawdownReserved e) {
                reserved = reserved.plus(e.amount());
            } else if (event instanceof ProgramEvent.PrincipalDrawn e) {
                reserved = reserved.minus(e.amount());
                outstanding = outstanding.plus(e.amount());
            } else if (event instanceof ProgramEvent.PrincipalRepaid e) {
                outstanding = outstanding.minus(e.principal());
                assertThat(e.remainingPrincipal()).isEqualTo(outstanding);
            }
        }
        assertThat(financingEvents).extracting(Object::getClass).containsExactly(
                FinancingEvent.FinancingRequested.class, FinancingEvent.FinancingApproved.class,
                FinancingEvent.FinancingDisbursed.class, FinancingEvent.FinancingRepaid.class,
                FinancingEvent.FinancingRepaid.class, FinancingEvent.FinancingRepaid.class,
                FinancingEvent.FinancingRepaidInFull.class);
        assertThat(reserved).isEqualTo(cny("0.00"));
        assertThat(outstanding).as("the program's outstanding principal").isEqualTo(cny("0.00"));

        // The line revolved: the member's whole limit can be drawn again.
        DrawdownRequestOutcome again = gateway.sendAndWait(new RequestDrawdown(FinancingId.of("F-IT-2"), PROGRAM, SUPPLIER,
                cny("10000.00"), RepaymentMethod.BULLET, FinancingTenor.monthly(1), LocalDate.parse("2024-04-16"), SUPPLIER));
        assertThat(again.isRefused()).isFalse();
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
