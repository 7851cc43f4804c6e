package org.scfledger.commands.trade;

import org.scfledger.commands.testing.TestAxon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.CancelInvoice;
import org.scfledger.core.trade.EncumberInvoice;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.trade.InvoiceEvent.InvoiceCancelled;
import org.scfledger.core.trade.InvoiceEvent.InvoiceIssued;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderEvent.OrderAccepted;
import org.scfledger.core.trade.OrderEvent.OrderFullyInvoiced;
import org.scfledger.core.trade.OrderEvent.OrderInvoiceCancelled;
import org.scfledger.core.trade.OrderEvent.OrderInvoiced;
import org.scfledger.core.trade.OrderEvent.OrderRegistered;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;
import org.scfledger.core.trade.TaxAuthorityVerdict;
import org.scfledger.core.trade.VerifyInvoice;

/** An invoice issued or cancelled against an order changes both aggregates in one unit of work, or neither. */
class InvoiceIssuanceTest {

    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId OTHER_SUPPLIER = PartyId.of("supplier-9");
    static final PartyId BANK = PartyId.of("bank-1");
    static final OrderId ORDER = OrderId.of("2026-1188");
    static final LocalDate ORDERED = LocalDate.parse("2026-11-02");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");

    Configuration axon;

    @BeforeEach
    void start() {
        axon = TestAxon.configurer(new InMemoryEventStorageEngine()).start();
        send(new RegisterOrder(ORDER, CORE, SUPPLIER, cny("1000.00"), ORDERED, "Steel coils Q235B, 42 t", CORE));
        send(new AcceptOrder(ORDER, ORDERED, SUPPLIER));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void an_invoice_against_an_order_is_recorded_on_the_order() {
        InvoiceId invoice = send(invoice("1", SUPPLIER, CORE, cny("400.00")));

        assertThat(events(invoice.value())).singleElement().isInstanceOf(InvoiceIssued.class);
        assertThat(events(ORDER.value())).last()
                .isEqualTo(new OrderInvoiced(ORDER, invoice, cny("400.00"), cny("400.00"), cny("600.00"), DAY));
    }

    @Test
    void the_invoice_for_the_rest_makes_the_order_fully_invoiced() {
        send(invoice("1", SUPPLIER, CORE, cny("400.00")));
        InvoiceId last = send(invoice("2", SUPPLIER, CORE, cny("600.00")));

        assertThat(events(ORDER.value())).endsWith(
                new OrderInvoiced(ORDER, last, cny("600.00"), cny("1000.00"), cny("0.00"), DAY),
                new OrderFullyInvoiced(ORDER, cny("1000.00"), DAY));
    }

    @Test
    void more_than_the_order_has_left_refuses_the_invoice_too() {
        send(invoice("1", SUPPLIER, CORE, cny("400.00")));
        refusedAndNothingWritten(invoice("2", SUPPLIER, CORE, cny("600.01")), "order-over-invoiced");
    }

    @Test
    void another_currency_refuses_the_invoice_too() {
        refusedAndNothingWritten(invoice("1", SUPPLIER, CORE, Money.of("400.00", "USD")), "order-currency-mismatch");
    }

    @Test
    void another_buyer_refuses_the_invoice_too() {
        refusedAndNothingWritten(invoice("1", SUPPLIER, PartyId.of("distributor-3"), cny("400.00")), "order-parties-mismatch");
    }

    @Test
    void another_seller_refuses_the_invoice_too() {
        refusedAndNothingWritten(invoice("1", OTHER_SUPPLIER, CORE, cny("400.00")), "not-permitted");
    }

    @Test
    void an_order_not_accepted_refuses_the_invoice_too() {
        OrderId unaccepted = OrderId.of("2026-1189");
        send(new RegisterOrder(unaccepted, CORE, SUPPLIER, cny("1000.00"), ORDERED, "Steel coils Q235B, 10 t", CORE));
        var command = new IssueInvoice(SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "1", CORE, cny("400.00"), cny("46.02"), DAY,
                unaccepted, SUPPLIER);
        assertThatThrownBy(() -> send(command)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo("order-not-accepted"));
        assertThat(events(command.invoiceId().value())).isEmpty();
        assertThat(events(unaccepted.value())).hasSize(1);
    }

    @Test
    void cancelling_the_invoice_opens_its_amount_on_the_order_again() {
        InvoiceId invoice = send(invoice("1", SUPPLIER, CORE, cny("1000.00")));
        send(new CancelInvoice(invoice, "red-letter invoice", DAY.plusDays(1), SUPPLIER));

        assertThat(events(invoice.value())).last().isInstanceOf(InvoiceCancelled.class);
        assertThat(events(ORDER.value())).last().isEqualTo(
                new OrderInvoiceCancelled(ORDER, invoice, cny("1000.00"), cny("0.00"), cny("1000.00"), DAY.plusDays(1)));
        send(invoice("2", SUPPLIER, CORE, cny("1000.00"))); // the order takes an invoice again
    }

    @Test
    void an_encumbered_invoice_is_not_cancelled_and_the_order_is_untouched() {
        InvoiceId invoice = send(invoice("1", SUPPLIER, CORE, cny("400.00")));
        send(new VerifyInvoice(invoice, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", DAY, PartyId.OPERATOR));
        send(new EncumberInvoice(invoice, Encumbrance.financing("FIN-1", BANK), DAY, SUPPLIER));
        int orderEvents = events(ORDER.value()).size();

        assertThatThrownBy(() -> send(new CancelInvoice(invoice, "red-letter invoice", DAY, SUPPLIER)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.code()).isEqualTo("invoice-encumbered"));
        assertThat(events(invoice.value())).hasSize(3);
        assertThat(events(ORDER.value())).hasSize(orderEvents);
    }

    private void refusedAndNothingWritten(IssueInvoice command, String code) {
        List<Object> orderBefore = events(ORDER.value());
        assertThatThrownBy(() -> send(command)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
        assertThat(events(command.invoiceId().value())).isEmpty();
        assertThat(events(ORDER.value())).isEqualTo(orderBefore);
        assertThat(orderBefore).first().isInstanceOf(OrderRegistered.class);
        assertThat(orderBefore.get(1)).isInstanceOf(OrderAccepted.class);
    }

    private static IssueInvoice invoice(String number, PartyId issuer, PartyId buyer, Money amount) {
        return new IssueInvoice(issuer, "91310000MA1K4XYZ2B", "3100231130", number, buyer, amount,
                Money.zero(amount.currency()), DAY, ORDER, issuer);
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
