package org.scfledger.commands.pledge;

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
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.pledge.PledgeAssetToLine;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.ProgramEvent.LineAssetAdded;
import org.scfledger.core.program.ProgramEvent.LineAssetRemoved;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.EncumberReceivable;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableEncumbered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableFellDue;
import org.scfledger.core.receivable.RecordReceivableDue;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.receivable.SettleReceivable;
import org.scfledger.core.receivable.SplitPart;
import org.scfledger.core.receivable.SplitReceivable;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;
import org.scfledger.core.trade.TaxAuthorityVerdict;
import org.scfledger.core.trade.VerifyInvoice;

/**
 * A confirmed receivable pledged to its holder's line: encumbered for the line and counted at its outstanding face ×
 * the program's receivable rate, in one unit of work, or neither; a receivable whose invoices already count on a line
 * does not count again.
 */
class ReceivablePledgingTest {

    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId TIER2 = PartyId.of("tier2-4");
    static final ProgramId PROGRAM = ProgramId.of("prog-core1-2026");
    static final ProgramId OTHER_PROGRAM = ProgramId.of("prog-core1-2026b");
    static final ProgramId NO_RECEIVABLES = ProgramId.of("prog-no-receivables");
    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-12-31");
    static final LocalDate DAY = LocalDate.parse("2026-03-15");
    static final LocalDate MATURITY = LocalDate.parse("2026-06-30");
    static final OrderId ORDER = OrderId.of("2026-1188");
    static final ReceivableId RCV = ReceivableId.of("2026-0001");
    static final OrderId ORDER2 = OrderId.of("2026-1189");
    static final ReceivableId RCV2 = ReceivableId.of("2026-0002");
    static final String TAX_ID = "91310000MA1K4XYZ2B";
    static final Encumbrance LINE = Encumbrance.creditLine("prog-core1-2026:supplier-7", BANK);

    Configuration axon;
    InvoiceId inv1;
    InvoiceId inv2;

    @BeforeEach
    void start() {
        axon = TestAxon.configurer(new InMemoryEventStorageEngine()).start();
        org.scfledger.commands.testing.Parties.forProgram(axon.commandGateway(), CORE, BANK, SUPPLIER, TIER2);
        program(PROGRAM, AdvanceRates.defaults());
        program(OTHER_PROGRAM, AdvanceRates.defaults());
        program(NO_RECEIVABLES, AdvanceRates.defaults().without(AssetType.RECEIVABLE));
        send(new RegisterOrder(ORDER, CORE, SUPPLIER, cny("113000.00"), DAY, "Steel coils Q235B, 42 t", CORE));
        send(new AcceptOrder(ORDER, DAY, SUPPLIER));
        inv1 = send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "1", CORE, cny("100000.00"), cny("11504.42"), DAY, ORDER, SUPPLIER));
        inv2 = send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "2", CORE, cny("13000.00"), cny("1495.58"), DAY, ORDER, SUPPLIER));
        send(new VerifyInvoice(inv1, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", DAY, PartyId.OPERATOR));
        send(new VerifyInvoice(inv2, TaxAuthorityVerdict.AUTHENTIC, "VRF-2", DAY, PartyId.OPERATOR));
        send(new RegisterReceivable(RCV, SUPPLIER, CORE, cny("113000.00"), MATURITY, List.of(inv1, inv2), ORDER, PROGRAM, DAY, SUPPLIER));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private void program(ProgramId id, AdvanceRates rates) {
        send(new CreateProgram(id, CORE, BANK, Currency.getInstance("CNY"), cny("5000000.00"), FROM, TO, rates,
                ProgramPricing.of(Rate.percent("4.35")), 180, new BigDecimal("2"), BANK));
        send(new AdmitMember(id, SUPPLIER, MemberSide.SUPPLIER, cny("100000.00"), cny("2000000.00"), BANK));
        send(new AdmitMember(id, TIER2, MemberSide.SUPPLIER, cny("100000.00"), cny("2000000.00"), BANK));
    }

    @Test
    void a_confirmed_receivable_counts_its_outstanding_face_at_the_receivable_rate() {
        send(new ConfirmReceivable(RCV, DAY, CORE));

        send(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV, DAY, SUPPLIER));

        assertThat(events(RCV.toString())).last().isEqualTo(new ReceivableEncumbered(RCV, LINE, cny("113000.00"), SUPPLIER, DAY));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetAdded(PROGRAM, SUPPLIER, RCV.toString(),
                AssetType.RECEIVABLE, cny("113000.00"), AdvanceRate.percent("80"), cny("90400.00"), DAY));
    }

    @Test
    void a_part_counts_its_own_balance_on_its_holders_line() {
        send(new ConfirmReceivable(RCV, DAY, CORE));
        send(new SplitReceivable(RCV, List.of(new SplitPart(cny("79999.99"), SUPPLIER), new SplitPart(cny("33000.01"), TIER2)),
                DAY, SUPPLIER));
        ReceivableId part2 = RCV.part(2);

        send(PledgeAssetToLine.receivable(PROGRAM, TIER2, part2, DAY, TIER2));

        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetAdded(PROGRAM, TIER2, part2.toString(),
                AssetType.RECEIVABLE, cny("33000.01"), AdvanceRate.percent("80"), cny("26400.01"), DAY));
    }

    @Test
    void a_settled_receivable_leaves_the_line_in_the_same_unit_of_work() {
        send(new ConfirmReceivable(RCV, DAY, CORE));
        send(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV, DAY, SUPPLIER));

        send(new SettleReceivable(RCV, cny("113000.00"), MATURITY, CORE));

        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetRemoved(PROGRAM, SUPPLIER, RCV.toString(),
                AssetType.RECEIVABLE, cny("90400.00"), AssetRemovalReason.SETTLED, MATURITY, CORE));
    }

    @Test
    void a_settled_part_leaves_its_holders_line_and_a_part_on_no_line_changes_alone() {
        send(new ConfirmReceivable(RCV, DAY, CORE));
        send(new SplitReceivable(RCV, List.of(new SplitPart(cny("79999.99"), SUPPLIER), new SplitPart(cny("33000.01"), TIER2)),
                DAY, SUPPLIER));
        send(PledgeAssetToLine.receivable(PROGRAM, TIER2, RCV.part(2), DAY, TIER2));
        int before = events(PROGRAM.toString()).size();

        send(new SettleReceivable(RCV, cny("113000.00"), MATURITY, CORE));

        assertThat(events(PROGRAM.toString())).hasSize(before + 1).last().isEqualTo(new LineAssetRemoved(PROGRAM, TIER2,
                RCV.part(2).toString(), AssetType.RECEIVABLE, cny("26400.01"), AssetRemovalReason.SETTLED, MATURITY, CORE));
    }

    @Test
    void a_receivable_whose_invoice_counts_on_a_line_is_refused() {
        List<InvoiceId> invoices = secondOrderInvoices();
        send(PledgeAssetToLine.invoice(OTHER_PROGRAM, SUPPLIER, invoices.get(1), DAY, SUPPLIER));
        send(new RegisterReceivable(RCV2, SUPPLIER, CORE, cny("113000.00"), MATURITY, invoices, ORDER2, PROGRAM, DAY, SUPPLIER));
        send(new ConfirmReceivable(RCV2, DAY, CORE));

        refusedAndNothingWritten(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV2, DAY, SUPPLIER), "invoice-already-on-line",
                RCV2.toString(), invoices.get(0).toString(), invoices.get(1).toString());
    }

    @Test
    void a_part_of_such_a_receivable_is_refused_too() {
        List<InvoiceId> invoices = secondOrderInvoices();
        send(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER, invoices.get(0), DAY, SUPPLIER));
        send(new RegisterReceivable(RCV2, SUPPLIER, CORE, cny("113000.00"), MATURITY, invoices, ORDER2, PROGRAM, DAY, SUPPLIER));
        send(new ConfirmReceivable(RCV2, DAY, CORE));
        send(new SplitReceivable(RCV2, List.of(new SplitPart(cny("80000.00"), SUPPLIER), new SplitPart(cny("33000.00"), TIER2)),
                DAY, SUPPLIER));

        refusedAndNothingWritten(PledgeAssetToLine.receivable(PROGRAM, TIER2, RCV2.part(2), DAY, TIER2), "invoice-already-on-line",
                RCV2.part(2).toString());
    }

    /** A second accepted order of 113,000.00, invoiced in full (100,000.00 + 13,000.00), both invoices verified. */
    private List<InvoiceId> secondOrderInvoices() {
        send(new RegisterOrder(ORDER2, CORE, SUPPLIER, cny("113000.00"), DAY, "Steel coils Q235B, 42 t, second lot", CORE));
        send(new AcceptOrder(ORDER2, DAY, SUPPLIER));
        InvoiceId inv3 = send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "3", CORE, cny("100000.00"), cny("11504.42"), DAY,
                ORDER2, SUPPLIER));
        InvoiceId inv4 = send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "4", CORE, cny("13000.00"), cny("1495.58"), DAY,
                ORDER2, SUPPLIER));
        send(new VerifyInvoice(inv3, TaxAuthorityVerdict.AUTHENTIC, "VRF-3", DAY, PartyId.OPERATOR));
        send(new VerifyInvoice(inv4, TaxAuthorityVerdict.AUTHENTIC, "VRF-4", DAY, PartyId.OPERATOR));
        return List.of(inv3, inv4);
    }

    @Test
    void the_receivable_refuses_the_whole_pledge() {
        refusedAndNothingWritten(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV, DAY, SUPPLIER), "receivable-not-confirmed",
                RCV.toString());
        send(new ConfirmReceivable(RCV, DAY, CORE));
        refusedAndNothingWritten(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV, MATURITY, SUPPLIER), "receivable-due",
                RCV.toString());
        refusedAndNothingWritten(PledgeAssetToLine.receivable(PROGRAM, TIER2, RCV, DAY, TIER2), "not-permitted", RCV.toString());
        refusedAndNothingWritten(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV, DAY, TIER2), "not-permitted", RCV.toString());
        refusedAndNothingWritten(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, ReceivableId.of("nowhere"), DAY, SUPPLIER),
                "asset-not-found", RCV.toString());
        send(new EncumberReceivable(RCV, Encumbrance.financing("FIN-1", BANK), DAY, SUPPLIER));
        refusedAndNothingWritten(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV, DAY, SUPPLIER), "receivable-already-encumbered",
                RCV.toString());
    }

    @Test
    void a_receivable_backs_one_line_of_one_program() {
        send(new ConfirmReceivable(RCV, DAY, CORE));
        send(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV, DAY, SUPPLIER));
        refusedAndNothingWritten(PledgeAssetToLine.receivable(OTHER_PROGRAM, SUPPLIER, RCV, DAY, SUPPLIER),
                "receivable-already-encumbered", RCV.toString());
    }

    @Test
    void the_program_refuses_the_whole_pledge() {
        send(new ConfirmReceivable(RCV, DAY, CORE));
        refusedAndNothingWritten(PledgeAssetToLine.receivable(NO_RECEIVABLES, SUPPLIER, RCV, DAY, SUPPLIER), "asset-type-not-eligible",
                RCV.toString());
    }

    @Test
    void a_pledge_names_exactly_one_asset() {
        assertThatThrownBy(() -> new PledgeAssetToLine(PROGRAM, SUPPLIER, inv1, null, DAY, SUPPLIER, RCV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receivableId");
        assertThatThrownBy(() -> new PledgeAssetToLine(PROGRAM, SUPPLIER, null, null, DAY, SUPPLIER, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
        assertThat(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV, DAY, SUPPLIER).assetId()).isEqualTo(RCV.toString());
    }

    @Test
    void a_pledged_receivable_that_falls_due_unpaid_leaves_the_line_in_the_same_unit_of_work() {
        send(new ConfirmReceivable(RCV, DAY, CORE));
        send(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV, DAY, SUPPLIER));

        send(new RecordReceivableDue(RCV, MATURITY, PartyId.OPERATOR));

        assertThat(events(RCV.toString())).last().isEqualTo(new ReceivableFellDue(RCV, MATURITY, MATURITY));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetRemoved(PROGRAM, SUPPLIER, RCV.toString(),
                AssetType.RECEIVABLE, cny("90400.00"), AssetRemovalReason.EXPIRED, MATURITY, PartyId.OPERATOR));
        // Still payable: the debtor settles it afterwards as usual.
        send(new SettleReceivable(RCV, cny("113000.00"), MATURITY.plusDays(3), CORE));
    }

    @Test
    void a_receivable_on_no_line_falls_due_without_touching_any_program() {
        send(new ConfirmReceivable(RCV, DAY, CORE));
        List<Object> programs = allPrograms();

        send(new RecordReceivableDue(RCV, MATURITY.plusDays(1), PartyId.OPERATOR));

        assertThat(events(RCV.toString())).last().isEqualTo(new ReceivableFellDue(RCV, MATURITY, MATURITY.plusDays(1)));
        assertThat(allPrograms()).isEqualTo(programs);
    }

    @Test
    void only_the_calendar_at_or_after_maturity_records_a_receivable_as_due_and_only_once() {
        send(new ConfirmReceivable(RCV, DAY, CORE));
        send(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV, DAY, SUPPLIER));

        refusedAndNothingWritten(new RecordReceivableDue(RCV, MATURITY.minusDays(1), PartyId.OPERATOR), "receivable-not-due",
                RCV.toString());
        refusedAndNothingWritten(new RecordReceivableDue(RCV, MATURITY, SUPPLIER), "not-permitted", RCV.toString());
        send(new RecordReceivableDue(RCV, MATURITY, PartyId.OPERATOR));
        refusedAndNothingWritten(new RecordReceivableDue(RCV, MATURITY, PartyId.OPERATOR), "receivable-already-due", RCV.toString());
        refusedAndNothingWritten(new RecordReceivableDue(ReceivableId.of("no-such"), MATURITY, PartyId.OPERATOR),
                "receivable-not-found");
    }

    private void refusedAndNothingWritten(Object command, String code, String... aggregateIds) {
        List<List<Object>> before = java.util.Arrays.stream(aggregateIds).map(this::events).toList();
        List<Object> programs = allPrograms();
        assertThatThrownBy(() -> send(command)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
        assertThat(java.util.Arrays.stream(aggregateIds).map(this::events).toList()).isEqualTo(before);
        assertThat(allPrograms()).isEqualTo(programs);
    }

    private List<Object> allPrograms() {
        return java.util.stream.Stream.of(PROGRAM, OTHER_PROGRAM, NO_RECEIVABLES).flatMap(p -> events(p.toString()).stream()).toList();
    }

    private <R> R send(Object command) {
        return axon.commandGateway().sendAndWait(command);
    }

    private List<Object> events(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
