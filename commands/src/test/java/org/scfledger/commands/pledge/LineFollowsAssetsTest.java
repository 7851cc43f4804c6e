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
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent.LineAssetAdded;
import org.scfledger.core.program.ProgramEvent.LineAssetRemoved;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.EncumberReceivable;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableReleased;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.receivable.ReleaseReceivable;
import org.scfledger.core.receivable.SettleReceivable;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.CancelInvoice;
import org.scfledger.core.trade.CancelOrder;
import org.scfledger.core.trade.EncumberInvoice;
import org.scfledger.core.trade.InvoiceEvent.InvoiceBackingReceivable;
import org.scfledger.core.trade.InvoiceEvent.InvoiceReceivableSettled;
import org.scfledger.core.trade.InvoiceEvent.InvoiceReleased;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderEvent.OrderEncumbered;
import org.scfledger.core.trade.OrderEvent.OrderReleased;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;
import org.scfledger.core.trade.ReleaseInvoice;
import org.scfledger.core.trade.ReleaseOrder;
import org.scfledger.core.trade.TaxAuthorityVerdict;
import org.scfledger.core.trade.VerifyInvoice;

/**
 * The line follows its assets in the unit of work that changes them: a released invoice, receivable or order leaves the
 * line; an invoice behind a registered receivable does not count on its own; a pledged order counts its amount not yet
 * invoiced, as invoicing and cancellation change it.
 */
class LineFollowsAssetsTest {

    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId DEALER = PartyId.of("dealer-3");
    static final ProgramId PROGRAM = ProgramId.of("prog-core1-2026");
    static final ProgramId NO_ORDERS = ProgramId.of("prog-no-orders");
    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-12-31");
    static final LocalDate DAY = LocalDate.parse("2026-03-15");
    static final LocalDate LATER = LocalDate.parse("2026-04-01");
    static final LocalDate MATURITY = LocalDate.parse("2026-06-30");
    static final OrderId ORDER = OrderId.of("2026-1188");
    static final OrderId FREE_ORDER = OrderId.of("2026-1190");
    static final ReceivableId RCV = ReceivableId.of("2026-0001");
    static final String TAX_ID = "91310000MA1K4XYZ2B";
    static final Encumbrance LINE = Encumbrance.creditLine("prog-core1-2026:supplier-7", BANK);

    Configuration axon;
    InvoiceId inv1;
    InvoiceId inv2;

    @BeforeEach
    void start() {
        axon = TestAxon.configurer(new InMemoryEventStorageEngine()).start();
        org.scfledger.commands.testing.Parties.forProgram(axon.commandGateway(), CORE, BANK, SUPPLIER, DEALER);
        program(PROGRAM, AdvanceRates.defaults());
        program(NO_ORDERS, AdvanceRates.defaults().without(AssetType.PURCHASE_ORDER));
        send(new RegisterOrder(ORDER, CORE, SUPPLIER, cny("113000.00"), DAY, "Steel coils Q235B, 42 t", CORE));
        send(new AcceptOrder(ORDER, DAY, SUPPLIER));
        send(new RegisterOrder(FREE_ORDER, CORE, SUPPLIER, cny("50000.01"), DAY, "Steel plates", CORE));
        inv1 = send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "1", CORE, cny("100000.00"), cny("11504.42"), DAY, ORDER, SUPPLIER));
        inv2 = send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "2", CORE, cny("13000.00"), cny("1495.58"), DAY, ORDER, SUPPLIER));
        send(new VerifyInvoice(inv1, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", DAY, PartyId.OPERATOR));
        send(new VerifyInvoice(inv2, TaxAuthorityVerdict.AUTHENTIC, "VRF-2", DAY, PartyId.OPERATOR));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private void program(ProgramId id, AdvanceRates rates) {
        send(new CreateProgram(id, CORE, BANK, Currency.getInstance("CNY"), cny("5000000.00"), FROM, TO, rates,
                ProgramPricing.of(Rate.percent("4.35")), 180, new BigDecimal("2"), BANK));
        send(new AdmitMember(id, SUPPLIER, MemberSide.SUPPLIER, cny("100000.00"), cny("2000000.00"), BANK));
        send(new AdmitMember(id, DEALER, MemberSide.DISTRIBUTOR, cny("100000.00"), cny("2000000.00"), BANK));
    }

    private void registerReceivable() {
        send(new RegisterReceivable(RCV, SUPPLIER, CORE, cny("113000.00"), MATURITY, List.of(inv1, inv2), ORDER, PROGRAM, DAY, SUPPLIER));
    }

    // ------------------------------------------------------------------ 1. a released line encumbrance leaves the line

    @Test
    void a_released_invoice_leaves_the_line_in_the_same_unit_of_work() {
        send(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER, inv1, DAY, SUPPLIER));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetAdded(PROGRAM, SUPPLIER, inv1.toString(),
                AssetType.INVOICE, cny("100000.00"), AdvanceRate.percent("70"), cny("70000.00"), DAY));

        send(new ReleaseInvoice(inv1, LINE, LATER, BANK));

        assertThat(events(inv1.toString())).last().isEqualTo(new InvoiceReleased(inv1, LINE, BANK, LATER));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetRemoved(PROGRAM, SUPPLIER, inv1.toString(),
                AssetType.INVOICE, cny("70000.00"), AssetRemovalReason.RELEASED, LATER, BANK));
    }

    @Test
    void a_released_receivable_leaves_the_line_in_the_same_unit_of_work() {
        registerReceivable();
        send(new ConfirmReceivable(RCV, DAY, CORE));
        send(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, RCV, DAY, SUPPLIER));

        send(new ReleaseReceivable(RCV, LINE, LATER, PartyId.OPERATOR));

        assertThat(events(RCV.toString())).last().isEqualTo(new ReceivableReleased(RCV, LINE, PartyId.OPERATOR, LATER));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetRemoved(PROGRAM, SUPPLIER, RCV.toString(),
                AssetType.RECEIVABLE, cny("90400.00"), AssetRemovalReason.RELEASED, LATER, PartyId.OPERATOR));
    }

    @Test
    void a_released_financing_encumbrance_leaves_every_line_alone() {
        Encumbrance financing = Encumbrance.financing("FIN-1", BANK);
        send(new EncumberInvoice(inv1, financing, DAY, SUPPLIER));
        int before = events(PROGRAM.toString()).size();

        send(new ReleaseInvoice(inv1, financing, LATER, BANK));

        assertThat(events(inv1.toString())).last().isEqualTo(new InvoiceReleased(inv1, financing, BANK, LATER));
        assertThat(events(PROGRAM.toString())).hasSize(before);
    }

    @Test
    void a_refused_release_writes_nothing() {
        send(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER, inv1, DAY, SUPPLIER));
        refused(new ReleaseInvoice(inv1, LINE, LATER, SUPPLIER), "not-permitted", inv1.toString());
        refused(new ReleaseInvoice(inv1, Encumbrance.creditLine("prog-no-orders:supplier-7", BANK), LATER, BANK), "encumbrance-mismatch",
                inv1.toString());
        refused(new ReleaseInvoice(inv1, LINE, DAY.minusDays(1), BANK), "date-out-of-order", inv1.toString());
        refused(new ReleaseInvoice(inv2, LINE, LATER, BANK), "invoice-not-encumbered", inv2.toString());
        refused(new ReleaseInvoice(InvoiceId.of(TAX_ID, "3100231130", "9"), LINE, LATER, BANK), "asset-not-found", inv1.toString());
        refused(new ReleaseReceivable(RCV, LINE, LATER, BANK), "asset-not-found", inv1.toString());
        registerReceivable();
        refused(new ReleaseReceivable(RCV, LINE, LATER, BANK), "receivable-not-encumbered", RCV.toString());
    }

    // ------------------------------------------------------------------ 2. an invoice behind a receivable does not count alone

    @Test
    void registering_a_receivable_links_its_invoices_and_they_are_refused_on_a_line() {
        registerReceivable();

        assertThat(events(inv1.toString())).last().isEqualTo(new InvoiceBackingReceivable(inv1, RCV, DAY));
        assertThat(events(inv2.toString())).last().isEqualTo(new InvoiceBackingReceivable(inv2, RCV, DAY));
        refused(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER, inv1, DAY, SUPPLIER), "invoice-behind-receivable", inv1.toString());
        refused(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER, inv2, DAY, SUPPLIER), "invoice-behind-receivable", inv2.toString());
    }

    @Test
    void an_unknown_invoice_of_a_receivable_is_left_to_the_three_way_match() {
        InvoiceId unknown = InvoiceId.of(TAX_ID, "3100231130", "77");
        send(new RegisterReceivable(RCV, SUPPLIER, CORE, cny("113000.00"), MATURITY, List.of(inv1, unknown), ORDER, PROGRAM, DAY,
                SUPPLIER));

        assertThat(events(inv1.toString())).last().isEqualTo(new InvoiceBackingReceivable(inv1, RCV, DAY));
        assertThat(events(unknown.toString())).isEmpty();
    }

    @Test
    void settlement_lifts_the_link_and_the_invoice_counts_on_its_own_again() {
        registerReceivable();
        send(new ConfirmReceivable(RCV, DAY, CORE));

        send(new SettleReceivable(RCV, cny("113000.00"), MATURITY, CORE));

        assertThat(events(inv1.toString())).last().isEqualTo(new InvoiceReceivableSettled(inv1, RCV, MATURITY));
        send(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER, inv2, MATURITY, SUPPLIER));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetAdded(PROGRAM, SUPPLIER, inv2.toString(),
                AssetType.INVOICE, cny("13000.00"), AdvanceRate.percent("70"), cny("9100.00"), MATURITY));
    }

    // ------------------------------------------------------------------ 3. purchase orders on lines

    @Test
    void an_accepted_order_counts_its_amount_not_yet_invoiced_at_the_order_rate() {
        OrderId order = acceptedOrder("2026-2001", "113000.00");
        send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231131", "1", CORE, cny("13000.01"), cny("1495.58"), DAY, order, SUPPLIER));

        send(PledgeAssetToLine.order(PROGRAM, SUPPLIER, order, DAY, SUPPLIER));

        assertThat(events(order.toString())).last().isEqualTo(new OrderEncumbered(order, LINE, cny("99999.99"), SUPPLIER, DAY));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetAdded(PROGRAM, SUPPLIER, order.toString(),
                AssetType.PURCHASE_ORDER, cny("99999.99"), AdvanceRate.percent("40"), cny("40000.00"), DAY));
    }

    @Test
    void invoicing_a_pledged_order_counts_it_anew_and_a_cancelled_invoice_opens_it_again() {
        OrderId order = acceptedOrder("2026-2001", "113000.00");
        send(PledgeAssetToLine.order(PROGRAM, SUPPLIER, order, DAY, SUPPLIER));
        int before = events(PROGRAM.toString()).size();

        InvoiceId invoice = send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231131", "1", CORE, cny("13000.03"), cny("1495.58"), LATER,
                order, SUPPLIER));

        assertThat(events(PROGRAM.toString()).subList(before, before + 2)).containsExactly(
                new LineAssetRemoved(PROGRAM, SUPPLIER, order.toString(), AssetType.PURCHASE_ORDER, cny("45200.00"),
                        AssetRemovalReason.REVALUED, LATER, SUPPLIER),
                new LineAssetAdded(PROGRAM, SUPPLIER, order.toString(), AssetType.PURCHASE_ORDER, cny("99999.97"),
                        AdvanceRate.percent("40"), cny("39999.99"), LATER));

        send(new CancelInvoice(invoice, "red-letter invoice", LATER, SUPPLIER));

        assertThat(events(PROGRAM.toString())).hasSize(before + 4).last().isEqualTo(new LineAssetAdded(PROGRAM, SUPPLIER,
                order.toString(), AssetType.PURCHASE_ORDER, cny("113000.00"), AdvanceRate.percent("40"), cny("45200.00"), LATER));
    }

    @Test
    void a_fully_invoiced_order_leaves_the_line() {
        OrderId order = acceptedOrder("2026-2001", "113000.00");
        send(PledgeAssetToLine.order(PROGRAM, SUPPLIER, order, DAY, SUPPLIER));

        send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231131", "1", CORE, cny("113000.00"), cny("13000.00"), LATER, order, SUPPLIER));

        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetRemoved(PROGRAM, SUPPLIER, order.toString(),
                AssetType.PURCHASE_ORDER, cny("45200.00"), AssetRemovalReason.SETTLED, LATER, SUPPLIER));
    }

    @Test
    void a_cancelled_order_leaves_the_line() {
        OrderId order = acceptedOrder("2026-2001", "113000.00");
        send(PledgeAssetToLine.order(PROGRAM, SUPPLIER, order, DAY, SUPPLIER));

        send(new CancelOrder(order, "no longer needed", LATER, CORE));

        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetRemoved(PROGRAM, SUPPLIER, order.toString(),
                AssetType.PURCHASE_ORDER, cny("45200.00"), AssetRemovalReason.EXPIRED, LATER, CORE));
    }

    @Test
    void a_released_order_leaves_the_line() {
        OrderId order = acceptedOrder("2026-2001", "113000.00");
        send(PledgeAssetToLine.order(PROGRAM, SUPPLIER, order, DAY, SUPPLIER));

        send(new ReleaseOrder(order, LINE, LATER, BANK));

        assertThat(events(order.toString())).last().isEqualTo(new OrderReleased(order, LINE, BANK, LATER));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetRemoved(PROGRAM, SUPPLIER, order.toString(),
                AssetType.PURCHASE_ORDER, cny("45200.00"), AssetRemovalReason.RELEASED, LATER, BANK));
        refused(new ReleaseOrder(order, LINE, LATER, BANK), "order-not-encumbered", order.toString());
    }

    @Test
    void an_order_on_no_line_changes_alone() {
        OrderId order = acceptedOrder("2026-2001", "113000.00");
        int before = events(PROGRAM.toString()).size();

        send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231131", "1", CORE, cny("13000.00"), cny("1495.58"), LATER, order, SUPPLIER));
        send(new CancelOrder(order, "no longer needed", LATER, CORE));

        assertThat(events(PROGRAM.toString())).hasSize(before);
    }

    @Test
    void every_refusal_of_an_order_pledge_writes_nothing() {
        refused(PledgeAssetToLine.order(PROGRAM, SUPPLIER, FREE_ORDER, DAY, SUPPLIER), "order-not-accepted", FREE_ORDER.toString());
        OrderId order = acceptedOrder("2026-2001", "113000.00");
        refused(PledgeAssetToLine.order(PROGRAM, DEALER, order, DAY, DEALER), "not-permitted", order.toString());
        refused(PledgeAssetToLine.order(PROGRAM, SUPPLIER, order, DAY, DEALER), "not-permitted", order.toString());
        refused(PledgeAssetToLine.order(PROGRAM, SUPPLIER, order, DAY.minusDays(1), SUPPLIER), "date-out-of-order", order.toString());
        refused(PledgeAssetToLine.order(PROGRAM, SUPPLIER, OrderId.of("nowhere"), DAY, SUPPLIER), "asset-not-found", order.toString());
        refused(PledgeAssetToLine.order(NO_ORDERS, SUPPLIER, order, DAY, SUPPLIER), "asset-type-not-eligible", order.toString());
        send(PledgeAssetToLine.order(PROGRAM, SUPPLIER, order, DAY, SUPPLIER));
        refused(PledgeAssetToLine.order(NO_ORDERS, SUPPLIER, order, DAY, SUPPLIER), "order-already-encumbered", order.toString());
        refused(PledgeAssetToLine.order(PROGRAM, SUPPLIER, ORDER, DAY, SUPPLIER), "order-fully-invoiced", ORDER.toString());
        OrderId cancelled = acceptedOrder("2026-2002", "10.00");
        send(new CancelOrder(cancelled, "no longer needed", DAY, CORE));
        refused(PledgeAssetToLine.order(PROGRAM, SUPPLIER, cancelled, DAY, SUPPLIER), "order-cancelled", cancelled.toString());
    }

    @Test
    void an_order_pledge_names_exactly_one_asset_and_routes_by_the_order() {
        assertThatThrownBy(() -> new PledgeAssetToLine(PROGRAM, SUPPLIER, inv1, null, DAY, SUPPLIER, null, ORDER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orderId");
        assertThat(PledgeAssetToLine.order(PROGRAM, SUPPLIER, ORDER, DAY, SUPPLIER).assetId()).isEqualTo(ORDER.toString());
        assertThat(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER, inv1, DAY, SUPPLIER).orderId()).isNull();
    }

    private OrderId acceptedOrder(String id, String amount) {
        OrderId order = OrderId.of(id);
        send(new RegisterOrder(order, CORE, SUPPLIER, cny(amount), DAY, "Steel coils, lot " + id, CORE));
        send(new AcceptOrder(order, DAY, SUPPLIER));
        return order;
    }

    private void refused(Object command, String code, String... aggregateIds) {
        List<List<Object>> before = java.util.Arrays.stream(aggregateIds).map(this::events).toList();
        List<Object> programs = allPrograms();
        assertThatThrownBy(() -> send(command)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
        assertThat(java.util.Arrays.stream(aggregateIds).map(this::events).toList()).isEqualTo(before);
        assertThat(allPrograms()).isEqualTo(programs);
    }

    private List<Object> allPrograms() {
        return java.util.stream.Stream.of(PROGRAM, NO_ORDERS).flatMap(p -> events(p.toString()).stream()).toList();
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
