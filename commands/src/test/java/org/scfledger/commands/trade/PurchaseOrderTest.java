package org.scfledger.commands.trade;

import static org.scfledger.commands.testing.Refusals.refusedWith;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.CancelOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderEvent.OrderAccepted;
import org.scfledger.core.trade.OrderEvent.OrderCancelled;
import org.scfledger.core.trade.OrderEvent.OrderFullyInvoiced;
import org.scfledger.core.trade.OrderEvent.OrderInvoiceCancelled;
import org.scfledger.core.trade.OrderEvent.OrderInvoiced;
import org.scfledger.core.trade.OrderEvent.OrderRegistered;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RecordOrderInvoiceCancelled;
import org.scfledger.core.trade.RecordOrderInvoiced;
import org.scfledger.core.trade.RegisterOrder;

class PurchaseOrderTest {

    static final OrderId ORDER = OrderId.of("2026-1188");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId STRANGER = PartyId.of("supplier-9");
    static final LocalDate ORDERED = LocalDate.parse("2026-11-02");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final InvoiceId INVOICE_1 = InvoiceId.of("91310000MA1K4XYZ2B", "3100231130", "00000001");
    static final InvoiceId INVOICE_2 = InvoiceId.of("91310000MA1K4XYZ2B", "3100231130", "00000002");

    static final OrderRegistered REGISTERED = new OrderRegistered(ORDER, CORE, SUPPLIER, cny("1000.00"), ORDERED, "Steel coils Q235B, 42 t");
    static final OrderAccepted ACCEPTED = new OrderAccepted(ORDER, SUPPLIER, ORDERED.plusDays(1));
    static final OrderInvoiced INVOICED_400 = new OrderInvoiced(ORDER, INVOICE_1, cny("400.00"), cny("400.00"), cny("600.00"), DAY);

    FixtureConfiguration<PurchaseOrder> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PurchaseOrder.class);
        fixture.registerAnnotatedCommandHandler(new OrderCancellation(fixture.getRepository(), null));
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static RecordOrderInvoiced invoiced(InvoiceId invoice, String amount) {
        return new RecordOrderInvoiced(ORDER, invoice, SUPPLIER, CORE, cny(amount), DAY, SUPPLIER);
    }

    // --- RegisterOrder

    @Test
    void the_buyer_registers_an_order() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrder(ORDER, CORE, SUPPLIER, cny("1000.00"), ORDERED, "Steel coils Q235B, 42 t", CORE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
    }

    @Test
    void only_the_buyer_registers_its_order() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrder(ORDER, CORE, SUPPLIER, cny("1000.00"), ORDERED, "Steel coils Q235B, 42 t", SUPPLIER))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    // --- AcceptOrder

    @Test
    void the_seller_accepts_the_order() {
        fixture.given(REGISTERED)
                .when(new AcceptOrder(ORDER, ORDERED.plusDays(1), SUPPLIER))
                .expectEvents(ACCEPTED);
    }

    @Test
    void only_the_seller_accepts_the_order() {
        fixture.given(REGISTERED)
                .when(new AcceptOrder(ORDER, ORDERED.plusDays(1), CORE))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void an_order_is_accepted_once() {
        fixture.given(REGISTERED, ACCEPTED)
                .when(new AcceptOrder(ORDER, DAY, SUPPLIER))
                .expectException(refusedWith("order-already-accepted"))
                .expectNoEvents();
    }

    @Test
    void a_cancelled_order_is_not_accepted() {
        fixture.given(REGISTERED, new OrderCancelled(ORDER, SUPPLIER, "out of stock", cny("1000.00"), ORDERED))
                .when(new AcceptOrder(ORDER, DAY, SUPPLIER))
                .expectException(refusedWith("order-cancelled"))
                .expectNoEvents();
    }

    @Test
    void an_order_is_not_accepted_before_it_was_placed() {
        fixture.given(REGISTERED)
                .when(new AcceptOrder(ORDER, ORDERED.minusDays(1), SUPPLIER))
                .expectException(refusedWith("date-out-of-order"))
                .expectNoEvents();
    }

    // --- CancelOrder

    @Test
    void the_buyer_cancels_what_is_not_yet_invoiced() {
        fixture.given(REGISTERED, ACCEPTED, INVOICED_400)
                .when(new CancelOrder(ORDER, "plan changed", DAY, CORE))
                .expectEvents(new OrderCancelled(ORDER, CORE, "plan changed", cny("600.00"), DAY));
    }

    @Test
    void the_seller_cancels_an_order_it_has_not_accepted() {
        fixture.given(REGISTERED)
                .when(new CancelOrder(ORDER, "out of stock", DAY, SUPPLIER))
                .expectEvents(new OrderCancelled(ORDER, SUPPLIER, "out of stock", cny("1000.00"), DAY));
    }

    @Test
    void once_accepted_the_seller_no_longer_cancels() {
        fixture.given(REGISTERED, ACCEPTED)
                .when(new CancelOrder(ORDER, "out of stock", DAY, SUPPLIER))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void a_stranger_does_not_cancel() {
        fixture.given(REGISTERED)
                .when(new CancelOrder(ORDER, "mischief", DAY, STRANGER))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void an_order_is_cancelled_once() {
        fixture.given(REGISTERED, new OrderCancelled(ORDER, CORE, "plan changed", cny("1000.00"), DAY))
                .when(new CancelOrder(ORDER, "again", DAY, CORE))
                .expectException(refusedWith("order-cancelled"))
                .expectNoEvents();
    }

    @Test
    void a_fully_invoiced_order_is_not_cancelled() {
        fixture.given(REGISTERED, ACCEPTED,
                        new OrderInvoiced(ORDER, INVOICE_1, cny("1000.00"), cny("1000.00"), cny("0.00"), DAY),
                        new OrderFullyInvoiced(ORDER, cny("1000.00"), DAY))
                .when(new CancelOrder(ORDER, "too late", DAY, CORE))
                .expectException(refusedWith("order-fully-invoiced"))
                .expectNoEvents();
    }

    @Test
    void an_order_is_not_cancelled_before_it_was_placed() {
        fixture.given(REGISTERED)
                .when(new CancelOrder(ORDER, "plan changed", ORDERED.minusDays(1), CORE))
                .expectException(refusedWith("date-out-of-order"))
                .expectNoEvents();
    }

    // --- RecordOrderInvoiced

    @Test
    void an_invoice_takes_its_amount_off_what_remains() {
        fixture.given(REGISTERED, ACCEPTED)
                .when(invoiced(INVOICE_1, "400.00"))
                .expectEvents(INVOICED_400);
    }

    @Test
    void the_last_invoice_makes_the_order_fully_invoiced() {
        fixture.given(REGISTERED, ACCEPTED, INVOICED_400)
                .when(invoiced(INVOICE_2, "600.00"))
                .expectEvents(new OrderInvoiced(ORDER, INVOICE_2, cny("600.00"), cny("1000.00"), cny("0.00"), DAY),
                        new OrderFullyInvoiced(ORDER, cny("1000.00"), DAY));
    }

    @Test
    void only_the_seller_invoices_the_order() {
        fixture.given(REGISTERED, ACCEPTED)
                .when(new RecordOrderInvoiced(ORDER, INVOICE_1, SUPPLIER, CORE, cny("400.00"), DAY, CORE))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_between_other_parties_is_refused() {
        fixture.given(REGISTERED, ACCEPTED)
                .when(new RecordOrderInvoiced(ORDER, INVOICE_1, SUPPLIER, STRANGER, cny("400.00"), DAY, SUPPLIER))
                .expectException(refusedWith("order-parties-mismatch"))
                .expectNoEvents();
    }

    @Test
    void a_cancelled_order_is_not_invoiced() {
        fixture.given(REGISTERED, ACCEPTED, new OrderCancelled(ORDER, CORE, "plan changed", cny("1000.00"), DAY))
                .when(invoiced(INVOICE_1, "400.00"))
                .expectException(refusedWith("order-cancelled"))
                .expectNoEvents();
    }

    @Test
    void an_order_not_accepted_is_not_invoiced() {
        fixture.given(REGISTERED)
                .when(invoiced(INVOICE_1, "400.00"))
                .expectException(refusedWith("order-not-accepted"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_counts_once() {
        fixture.given(REGISTERED, ACCEPTED, INVOICED_400)
                .when(invoiced(INVOICE_1, "400.00"))
                .expectException(refusedWith("invoice-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_in_another_currency_is_refused() {
        fixture.given(REGISTERED, ACCEPTED)
                .when(new RecordOrderInvoiced(ORDER, INVOICE_1, SUPPLIER, CORE, Money.of("400.00", "USD"), DAY, SUPPLIER))
                .expectException(refusedWith("order-currency-mismatch"))
                .expectNoEvents();
    }

    @Test
    void a_fully_invoiced_order_takes_no_more_invoices() {
        fixture.given(REGISTERED, ACCEPTED,
                        new OrderInvoiced(ORDER, INVOICE_1, cny("1000.00"), cny("1000.00"), cny("0.00"), DAY),
                        new OrderFullyInvoiced(ORDER, cny("1000.00"), DAY))
                .when(invoiced(INVOICE_2, "0.01"))
                .expectException(refusedWith("order-fully-invoiced"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_beyond_what_remains_is_refused() {
        fixture.given(REGISTERED, ACCEPTED, INVOICED_400)
                .when(invoiced(INVOICE_2, "600.01"))
                .expectException(refusedWith("order-over-invoiced"))
                .expectNoEvents();
    }

    @Test
    void an_order_is_not_invoiced_before_it_was_placed() {
        fixture.given(REGISTERED, ACCEPTED)
                .when(new RecordOrderInvoiced(ORDER, INVOICE_1, SUPPLIER, CORE, cny("400.00"), ORDERED.minusDays(1), SUPPLIER))
                .expectException(refusedWith("date-out-of-order"))
                .expectNoEvents();
    }

    // --- RecordOrderInvoiceCancelled

    @Test
    void a_cancelled_invoice_opens_its_amount_again() {
        fixture.given(REGISTERED, ACCEPTED,
                        new OrderInvoiced(ORDER, INVOICE_1, cny("1000.00"), cny("1000.00"), cny("0.00"), DAY),
                        new OrderFullyInvoiced(ORDER, cny("1000.00"), DAY))
                .when(new RecordOrderInvoiceCancelled(ORDER, INVOICE_1, DAY.plusDays(1), SUPPLIER))
                .expectEvents(new OrderInvoiceCancelled(ORDER, INVOICE_1, cny("1000.00"), cny("0.00"), cny("1000.00"), DAY.plusDays(1)));
    }

    @Test
    void a_cancelled_invoice_does_not_count_again() {
        fixture.given(REGISTERED, ACCEPTED, INVOICED_400,
                        new OrderInvoiceCancelled(ORDER, INVOICE_1, cny("400.00"), cny("0.00"), cny("1000.00"), DAY))
                .when(invoiced(INVOICE_1, "400.00"))
                .expectException(refusedWith("invoice-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void once_reopened_the_order_takes_another_invoice() {
        fixture.given(REGISTERED, ACCEPTED, INVOICED_400,
                        new OrderInvoiceCancelled(ORDER, INVOICE_1, cny("400.00"), cny("0.00"), cny("1000.00"), DAY))
                .when(invoiced(INVOICE_2, "1000.00"))
                .expectEvents(new OrderInvoiced(ORDER, INVOICE_2, cny("1000.00"), cny("1000.00"), cny("0.00"), DAY),
                        new OrderFullyInvoiced(ORDER, cny("1000.00"), DAY));
    }

    @Test
    void only_the_seller_records_a_cancelled_invoice() {
        fixture.given(REGISTERED, ACCEPTED, INVOICED_400)
                .when(new RecordOrderInvoiceCancelled(ORDER, INVOICE_1, DAY, CORE))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_not_recorded_cannot_be_cancelled_on_the_order() {
        fixture.given(REGISTERED, ACCEPTED, INVOICED_400)
                .when(new RecordOrderInvoiceCancelled(ORDER, INVOICE_2, DAY, SUPPLIER))
                .expectException(refusedWith("invoice-not-recorded"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_is_not_cancelled_on_the_order_before_it_was_placed() {
        fixture.given(REGISTERED, ACCEPTED, INVOICED_400)
                .when(new RecordOrderInvoiceCancelled(ORDER, INVOICE_1, ORDERED.minusDays(1), SUPPLIER))
                .expectException(refusedWith("date-out-of-order"))
                .expectNoEvents();
    }
}
