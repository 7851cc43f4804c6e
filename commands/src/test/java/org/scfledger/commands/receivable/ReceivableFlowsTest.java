package org.scfledger.commands.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfledger.commands.testing.TestAxon;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.DisputeReceivable;
import org.scfledger.core.receivable.EncumberReceivable;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableConfirmed;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartCreated;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSplit;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.ReceivablePart;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.receivable.SettleReceivable;
import org.scfledger.core.receivable.SplitPart;
import org.scfledger.core.receivable.SplitReceivable;
import org.scfledger.core.receivable.ThreeWayMatch;
import org.scfledger.core.receivable.TransferReceivable;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.CancelInvoice;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;

/**
 * The receivable's multi-aggregate flows on one Axon instance: confirmation (the three-way match over the order, the
 * invoices and the program), splitting (parent and parts in one unit of work) and settlement (every part paid, or nothing).
 */
class ReceivableFlowsTest {

    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId OTHER_CORE = PartyId.of("core-2");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId TIER2 = PartyId.of("supplier-21");
    static final PartyId TIER3 = PartyId.of("supplier-33");
    static final PartyId BANK = PartyId.of("bank-1");
    static final ProgramId PROGRAM = ProgramId.of("acme-2026");
    static final ProgramId OTHER_PROGRAM = ProgramId.of("beta-2026");
    static final OrderId ORDER = OrderId.of("2026-1188");
    static final OrderId UNACCEPTED = OrderId.of("2026-1189");
    static final String TAX_ID = "91310000MA1K4XYZ2B";
    static final LocalDate ORDERED = LocalDate.parse("2026-11-02");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final LocalDate MATURITY = LocalDate.parse("2027-02-20");
    static final ReceivableId RCV = ReceivableId.of("AR-2026-0042");

    final InMemoryEventStorageEngine journal = new InMemoryEventStorageEngine();
    Configuration axon;
    InvoiceId inv1;
    InvoiceId inv2;

    @BeforeEach
    void start() {
        axon = TestAxon.configurer(journal).start();
        org.scfledger.commands.testing.Parties.forProgram(axon.commandGateway(), CORE, BANK);
        org.scfledger.commands.testing.Parties.cores(axon.commandGateway(), OTHER_CORE);
        send(program(PROGRAM, CORE));
        send(program(OTHER_PROGRAM, OTHER_CORE));
        send(new RegisterOrder(ORDER, CORE, SUPPLIER, cny("113000.00"), ORDERED, "Steel coils Q235B, 42 t", CORE));
        send(new AcceptOrder(ORDER, ORDERED, SUPPLIER));
        send(new RegisterOrder(UNACCEPTED, CORE, SUPPLIER, cny("113000.00"), ORDERED, "Steel coils Q235B, 42 t", CORE));
        inv1 = send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "1", CORE, cny("100000.00"), cny("11504.42"), DAY, ORDER, SUPPLIER));
        inv2 = send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "2", CORE, cny("13000.00"), cny("1495.58"), DAY, ORDER, SUPPLIER));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    static CreateProgram program(ProgramId id, PartyId core) {
        return new CreateProgram(id, core, BANK, Currency.getInstance("CNY"), cny("5000000.00"), LocalDate.parse("2026-01-01"),
                LocalDate.parse("2027-12-31"), AdvanceRates.defaults(), ProgramPricing.of(Rate.percent("4.35")), 180,
                new BigDecimal("0.5"), BANK);
    }

    // ------------------------------------------------------------------ confirmation

    @Test
    void the_debtor_confirms_when_order_invoices_and_receivable_agree() {
        register(RCV, cny("113000.00"));
        send(new ConfirmReceivable(RCV, DAY, CORE));
        assertThat(events(RCV)).last().isEqualTo(new ReceivableConfirmed(RCV, CORE, new ThreeWayMatch(ORDER, cny("113000.00"),
                List.of(inv1, inv2), cny("113000.00"), cny("113000.00"), new BigDecimal("0.5"), cny("565.00"), cny("0.00")), DAY));
    }

    @Test
    void amounts_may_differ_within_the_programs_tolerance() {
        register(RCV, cny("113565.00"));
        send(new ConfirmReceivable(RCV, DAY, CORE));
        var confirmed = (ReceivableConfirmed) events(RCV).get(1);
        assertThat(confirmed.match().invoiceDifference()).isEqualTo(cny("565.00"));
        assertThat(confirmed.match().allowedDifference()).isEqualTo(cny("567.82")); // 567.825, half-even;
    }

    @Test
    void amounts_beyond_the_tolerance_do_not_match() {
        register(RCV, cny("113600.00"));
        refused(new ConfirmReceivable(RCV, DAY, CORE), "three-way-mismatch", "the invoices total 113000.00 CNY", "exceeds order");
    }

    @Test
    void other_parties_do_not_match() {
        send(new RegisterReceivable(RCV, TIER2, CORE, cny("113000.00"), MATURITY, List.of(inv1, inv2), ORDER, PROGRAM, DAY, TIER2));
        refused(new ConfirmReceivable(RCV, DAY, CORE), "three-way-mismatch", "order " + ORDER + " is from", "invoice " + inv1 + " is from");
    }

    @Test
    void another_core_enterprises_program_does_not_match() {
        send(new RegisterReceivable(RCV, SUPPLIER, CORE, cny("113000.00"), MATURITY, List.of(inv1, inv2), ORDER, OTHER_PROGRAM, DAY,
                SUPPLIER));
        refused(new ConfirmReceivable(RCV, DAY, CORE), "three-way-mismatch", "program " + OTHER_PROGRAM + " is " + OTHER_CORE);
    }

    @Test
    void another_currency_does_not_match() {
        register(RCV, Money.of("113000.00", "USD"));
        refused(new ConfirmReceivable(RCV, DAY, CORE), "three-way-mismatch", "program " + PROGRAM + " is in CNY", "order " + ORDER + " is in CNY",
                "invoice " + inv1 + " is in CNY");
    }

    @Test
    void a_cancelled_invoice_does_not_match() {
        register(RCV, cny("113000.00"));
        send(new CancelInvoice(inv2, "red-letter invoice", DAY, SUPPLIER));
        refused(new ConfirmReceivable(RCV, DAY, CORE), "three-way-mismatch", "invoice " + inv2 + " is cancelled");
    }

    @Test
    void an_unaccepted_order_unknown_invoices_and_invoices_of_another_order_do_not_match() {
        InvoiceId unknown = InvoiceId.of(TAX_ID, "3100231130", "99");
        send(new RegisterReceivable(RCV, SUPPLIER, CORE, cny("113000.00"), MATURITY, List.of(inv1, unknown), UNACCEPTED, PROGRAM, DAY,
                SUPPLIER));
        refused(new ConfirmReceivable(RCV, DAY, CORE), "three-way-mismatch", "order " + UNACCEPTED + " is not accepted",
                "invoice " + unknown + " does not exist", "invoice " + inv1 + " is not issued against order " + UNACCEPTED);
    }

    @Test
    void confirmations_are_refused_by_the_receivables_rules() {
        register(RCV, cny("113000.00"));
        refused(new ConfirmReceivable(RCV, DAY, SUPPLIER), "not-permitted");
        refused(new ConfirmReceivable(RCV, DAY.minusDays(1), CORE), "date-out-of-order");
        send(new DisputeReceivable(RCV, "short delivery", DAY, CORE));
        refused(new ConfirmReceivable(RCV, DAY, CORE), "receivable-disputed");
        ReceivableId other = ReceivableId.of("AR-2026-0043");
        register(other, cny("113000.00"));
        send(new ConfirmReceivable(other, DAY, CORE));
        refused(new ConfirmReceivable(other, DAY, CORE), "receivable-already-confirmed");
    }

    // ------------------------------------------------------------------ splitting

    @Test
    void the_holder_splits_down_the_chain_and_parts_inherit_debtor_maturity_and_confirmation() {
        confirmedReceivable();
        List<ReceivableId> parts = send(new SplitReceivable(RCV, List.of(new SplitPart(cny("13000.00"), TIER2),
                new SplitPart(cny("100000.00"), SUPPLIER)), DAY, SUPPLIER));

        assertThat(parts).containsExactly(RCV.part(1), RCV.part(2));
        assertThat(events(RCV)).last().isEqualTo(new ReceivableSplit(RCV, SUPPLIER, cny("113000.00"), List.of(
                new ReceivablePart(RCV.part(1), TIER2, cny("13000.00")), new ReceivablePart(RCV.part(2), SUPPLIER, cny("100000.00"))), DAY));
        assertThat(events(RCV.part(1))).containsExactly(new ReceivablePartCreated(RCV.part(1), RCV, RCV, PROGRAM, CORE, TIER2,
                cny("13000.00"), MATURITY, DAY, DAY));

        List<ReceivableId> tier3 = send(new SplitReceivable(RCV.part(1), List.of(new SplitPart(cny("10000.00"), TIER3),
                new SplitPart(cny("3000.00"), TIER2)), DAY, TIER2));
        assertThat(tier3).containsExactly(ReceivableId.of("RCV:AR-2026-0042/1/1"), ReceivableId.of("RCV:AR-2026-0042/1/2"));
        assertThat(events(tier3.get(0))).singleElement().isEqualTo(new ReceivablePartCreated(tier3.get(0), RCV.part(1), RCV, PROGRAM,
                CORE, TIER3, cny("10000.00"), MATURITY, DAY, DAY));
        refused(new TransferReceivable(RCV.part(1), TIER3, DAY, TIER2), "receivable-split");
    }

    @Test
    void splits_are_refused_and_write_nothing() {
        confirmedReceivable();
        refused(split(cny("13000.00"), TIER2, cny("100000.00"), SUPPLIER, TIER2), "not-permitted");
        refused(split(cny("13000.00"), TIER2, cny("99999.99"), SUPPLIER, SUPPLIER), "split-not-conserving");
        refused(split(cny("13000.00"), TIER2, cny("100000.01"), SUPPLIER, SUPPLIER), "split-not-conserving");
        refused(split(cny("13000.00"), CORE, cny("100000.00"), SUPPLIER, SUPPLIER), "holder-is-debtor");
        refused(split(Money.of("13000.00", "USD"), TIER2, Money.of("100000.00", "USD"), SUPPLIER, SUPPLIER), "currency-mismatch");
        refused(new SplitReceivable(RCV, List.of(new SplitPart(cny("13000.00"), TIER2), new SplitPart(cny("100000.00"), SUPPLIER)),
                MATURITY, SUPPLIER), "receivable-due");
        send(new EncumberReceivable(RCV, Encumbrance.financing("FIN-1", BANK), DAY, SUPPLIER));
        refused(split(cny("13000.00"), TIER2, cny("100000.00"), SUPPLIER, SUPPLIER), "receivable-encumbered");
        assertThat(events(RCV.part(1))).isEmpty();
    }

    // ------------------------------------------------------------------ settlement

    @Test
    void the_debtor_pays_an_unsplit_receivable_to_its_holder() {
        confirmedReceivable();
        int parts = send(new SettleReceivable(RCV, cny("113000.00"), MATURITY, CORE));
        assertThat(parts).isEqualTo(1);
        assertThat(events(RCV)).endsWith(
                new ReceivablePartSettled(RCV, RCV, SUPPLIER, SUPPLIER, cny("113000.00"), null, MATURITY),
                new ReceivableSettled(RCV, CORE, cny("113000.00"), 1, MATURITY));
        refused(new SettleReceivable(RCV, cny("113000.00"), MATURITY, CORE), "receivable-settled");
    }

    @Test
    void the_payment_is_cleared_to_every_parts_holder_or_its_funder() {
        confirmedReceivable();
        send(split(cny("13000.00"), TIER2, cny("100000.00"), SUPPLIER, SUPPLIER));
        send(new SplitReceivable(RCV.part(2), List.of(new SplitPart(cny("60000.00"), TIER3), new SplitPart(cny("40000.00"), SUPPLIER)),
                DAY, SUPPLIER));
        Encumbrance financing = Encumbrance.financing("FIN-7", BANK);
        send(new EncumberReceivable(RCV.part(1), financing, DAY, TIER2));
        Encumbrance line = Encumbrance.creditLine("acme-2026/supplier-33", BANK);
        send(new EncumberReceivable(RCV.part(2).part(1), line, DAY, TIER3));

        int parts = send(new SettleReceivable(RCV, cny("113000.00"), MATURITY.plusDays(2), CORE));

        assertThat(parts).isEqualTo(3);
        LocalDate paid = MATURITY.plusDays(2);
        assertThat(events(RCV.part(1))).last()
                .isEqualTo(new ReceivablePartSettled(RCV.part(1), RCV, TIER2, BANK, cny("13000.00"), financing, paid));
        assertThat(events(RCV.part(2).part(1))).last()
                .isEqualTo(new ReceivablePartSettled(RCV.part(2).part(1), RCV, TIER3, TIER3, cny("60000.00"), line, paid));
        assertThat(events(RCV.part(2).part(2))).last()
                .isEqualTo(new ReceivablePartSettled(RCV.part(2).part(2), RCV, SUPPLIER, SUPPLIER, cny("40000.00"), null, paid));
        assertThat(events(RCV)).last().isEqualTo(new ReceivableSettled(RCV, CORE, cny("113000.00"), 3, paid));
        assertThat(events(RCV.part(2))).last().isInstanceOf(ReceivableSplit.class); // a split part is paid through its parts
    }

    @Test
    void settlements_are_refused_and_write_nothing() {
        register(RCV, cny("113000.00"));
        refused(new SettleReceivable(RCV, cny("113000.00"), MATURITY, CORE), "receivable-not-confirmed");
        send(new ConfirmReceivable(RCV, DAY, CORE));
        refused(new SettleReceivable(RCV, cny("113000.00"), MATURITY, SUPPLIER), "not-permitted");
        refused(new SettleReceivable(RCV, cny("112999.99"), MATURITY, CORE), "settlement-amount-mismatch");
        refused(new SettleReceivable(RCV, Money.of("113000.00", "USD"), MATURITY, CORE), "settlement-amount-mismatch");
        refused(new SettleReceivable(RCV, cny("113000.00"), MATURITY.minusDays(1), CORE), "receivable-not-due");
        send(split(cny("13000.00"), TIER2, cny("100000.00"), SUPPLIER, SUPPLIER));
        send(new DisputeReceivable(RCV.part(2), "short delivery on the second lot", DAY, CORE));
        refused(new SettleReceivable(RCV, cny("113000.00"), MATURITY, CORE), "receivable-disputed");
    }

    // ------------------------------------------------------------------ helpers

    private void confirmedReceivable() {
        register(RCV, cny("113000.00"));
        send(new ConfirmReceivable(RCV, DAY, CORE));
    }

    private void register(ReceivableId id, Money face) {
        send(new RegisterReceivable(id, SUPPLIER, CORE, face, MATURITY, List.of(inv1, inv2), ORDER, PROGRAM, DAY, SUPPLIER));
    }

    private static SplitReceivable split(Money first, PartyId firstHolder, Money second, PartyId secondHolder, PartyId acting) {
        return new SplitReceivable(RCV, List.of(new SplitPart(first, firstHolder), new SplitPart(second, secondHolder)), DAY, acting);
    }

    private void refused(Object command, String code, String... naming) {
        long before = allEvents();
        assertThatThrownBy(() -> send(command)).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo(code);
            for (String named : naming) {
                assertThat(violation.getMessage()).contains(named);
            }
        });
        assertThat(allEvents()).as("nothing written").isEqualTo(before);
    }

    private <R> R send(Object command) {
        return axon.commandGateway().sendAndWait(command);
    }

    private long allEvents() {
        return journal.readEvents(null, false).count();
    }

    private List<Object> events(ReceivableId id) {
        return axon.eventStore().readEvents(id.value()).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
