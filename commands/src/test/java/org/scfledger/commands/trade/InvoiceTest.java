package org.scfledger.commands.trade;

import static org.scfledger.commands.testing.Refusals.refusedWith;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.trade.CancelInvoice;
import org.scfledger.core.trade.EncumberInvoice;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.trade.InvoiceEvent.InvoiceCancelled;
import org.scfledger.core.trade.InvoiceEvent.InvoiceEncumbered;
import org.scfledger.core.trade.InvoiceEvent.InvoiceIssued;
import org.scfledger.core.trade.InvoiceEvent.InvoiceReleased;
import org.scfledger.core.trade.InvoiceEvent.InvoiceVerified;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.ReleaseInvoice;
import org.scfledger.core.trade.TaxAuthorityVerdict;
import org.scfledger.core.trade.VerifyInvoice;

/** The invoice's rules; issuing and cancelling go through their services, here with an empty order book. */
class InvoiceTest {

    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final PartyId OTHER_BANK = PartyId.of("bank-2");
    static final String TAX_ID = "91310000MA1K4XYZ2B";
    static final InvoiceId INVOICE = InvoiceId.of(TAX_ID, "3100231130", "00012345");
    static final LocalDate ISSUED_ON = LocalDate.parse("2026-11-26");
    static final LocalDate DAY = LocalDate.parse("2026-11-30");
    static final Encumbrance FINANCING = Encumbrance.financing("FIN-42", BANK);
    static final Encumbrance OTHER_FINANCING = Encumbrance.financing("FIN-43", OTHER_BANK);

    static final InvoiceIssued ISSUED = new InvoiceIssued(INVOICE, SUPPLIER, TAX_ID, "3100231130", "00012345", CORE,
            cny("113000.00"), cny("13000.00"), ISSUED_ON, null);
    static final InvoiceVerified VERIFIED = new InvoiceVerified(INVOICE, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", PartyId.OPERATOR, DAY);
    static final InvoiceEncumbered ENCUMBERED = new InvoiceEncumbered(INVOICE, FINANCING, SUPPLIER, DAY);
    static final InvoiceCancelled CANCELLED = new InvoiceCancelled(INVOICE, SUPPLIER, "red-letter invoice", DAY);

    FixtureConfiguration<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
        var orders = EventSourcingRepository.builder(PurchaseOrder.class)
                .eventStore(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build())
                .build();
        fixture.registerAnnotatedCommandHandler(new InvoiceIssuance(fixture.getRepository(), orders, this::lastSequenceNumberFor));
        fixture.registerAnnotatedCommandHandler(new InvoiceCancellation(fixture.getRepository(), orders));
        fixture.registerAnnotatedCommandHandler(new org.scfledger.commands.pledge.AssetReleases(fixture.getRepository(), null, null, null));
    }

    /** The fixture's event store refuses to read a stream it was given nothing for; the journal just finds none. */
    private Optional<Long> lastSequenceNumberFor(String aggregateId) {
        try {
            return fixture.getEventStore().lastSequenceNumberFor(aggregateId);
        } catch (AggregateNotFoundException nothingGiven) {
            return Optional.empty();
        }
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static IssueInvoice issue(String taxId, PartyId actingParty) {
        return new IssueInvoice(SUPPLIER, taxId, "3100231130", "00012345", CORE, cny("113000.00"), cny("13000.00"), ISSUED_ON,
                actingParty);
    }

    // --- IssueInvoice

    @Test
    void the_seller_issues_an_invoice() {
        fixture.givenNoPriorActivity()
                .when(issue(TAX_ID, SUPPLIER))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(INVOICE)
                .expectEvents(ISSUED);
    }

    @Test
    void only_the_issuer_issues_its_invoice() {
        fixture.givenNoPriorActivity()
                .when(issue(TAX_ID, CORE))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_key_is_issued_once_however_it_is_written() {
        fixture.given(ISSUED)
                .when(issue(" 91310000ma1k4xyz2b", SUPPLIER))
                .expectException(refusedWith("invoice-already-issued"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_against_an_unknown_order_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "00012345", CORE, cny("113000.00"), cny("13000.00"),
                        ISSUED_ON, OrderId.of("nowhere"), SUPPLIER))
                .expectException(refusedWith("order-not-found"))
                .expectNoEvents();
    }

    // --- VerifyInvoice

    @Test
    void the_operator_records_the_tax_authoritys_verdict() {
        fixture.given(ISSUED)
                .when(new VerifyInvoice(INVOICE, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", DAY, PartyId.OPERATOR))
                .expectEvents(VERIFIED);
    }

    @Test
    void a_funder_records_the_tax_authoritys_verdict() {
        fixture.given(ISSUED)
                .when(new VerifyInvoice(INVOICE, TaxAuthorityVerdict.NOT_FOUND, "VRF-2", DAY, BANK))
                .expectEvents(new InvoiceVerified(INVOICE, TaxAuthorityVerdict.NOT_FOUND, "VRF-2", BANK, DAY));
    }

    @Test
    void the_issuer_does_not_verify_its_own_invoice() {
        fixture.given(ISSUED)
                .when(new VerifyInvoice(INVOICE, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", DAY, SUPPLIER))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void the_buyer_does_not_verify_the_invoice() {
        fixture.given(ISSUED)
                .when(new VerifyInvoice(INVOICE, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", DAY, CORE))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void a_cancelled_invoice_is_not_verified() {
        fixture.given(ISSUED, CANCELLED)
                .when(new VerifyInvoice(INVOICE, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", DAY, PartyId.OPERATOR))
                .expectException(refusedWith("invoice-cancelled"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_is_not_verified_before_it_was_issued() {
        fixture.given(ISSUED)
                .when(new VerifyInvoice(INVOICE, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", ISSUED_ON.minusDays(1), PartyId.OPERATOR))
                .expectException(refusedWith("date-out-of-order"))
                .expectNoEvents();
    }

    // --- EncumberInvoice

    @Test
    void the_issuer_pledges_a_verified_invoice() {
        fixture.given(ISSUED, VERIFIED)
                .when(new EncumberInvoice(INVOICE, FINANCING, DAY, SUPPLIER))
                .expectEvents(ENCUMBERED);
    }

    @Test
    void the_operator_encumbers_for_a_financing() {
        fixture.given(ISSUED, VERIFIED)
                .when(new EncumberInvoice(INVOICE, FINANCING, DAY, PartyId.OPERATOR))
                .expectEvents(new InvoiceEncumbered(INVOICE, FINANCING, PartyId.OPERATOR, DAY));
    }

    @Test
    void a_released_invoice_backs_something_else() {
        fixture.given(ISSUED, VERIFIED, ENCUMBERED, new InvoiceReleased(INVOICE, FINANCING, BANK, DAY))
                .when(new EncumberInvoice(INVOICE, OTHER_FINANCING, DAY, SUPPLIER))
                .expectEvents(new InvoiceEncumbered(INVOICE, OTHER_FINANCING, SUPPLIER, DAY));
    }

    @Test
    void no_one_else_pledges_the_invoice() {
        fixture.given(ISSUED, VERIFIED)
                .when(new EncumberInvoice(INVOICE, FINANCING, DAY, CORE))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void a_cancelled_invoice_backs_nothing() {
        fixture.given(ISSUED, VERIFIED, CANCELLED)
                .when(new EncumberInvoice(INVOICE, FINANCING, DAY, SUPPLIER))
                .expectException(refusedWith("invoice-cancelled"))
                .expectNoEvents();
    }

    @Test
    void an_unverified_invoice_backs_nothing() {
        fixture.given(ISSUED)
                .when(new EncumberInvoice(INVOICE, FINANCING, DAY, SUPPLIER))
                .expectException(refusedWith("invoice-not-verified"))
                .expectNoEvents();
    }

    @Test
    void the_latest_verdict_counts() {
        fixture.given(ISSUED, VERIFIED, new InvoiceVerified(INVOICE, TaxAuthorityVerdict.VOIDED, "VRF-9", BANK, DAY))
                .when(new EncumberInvoice(INVOICE, FINANCING, DAY, SUPPLIER))
                .expectException(refusedWith("invoice-not-verified"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_is_never_used_twice() {
        fixture.given(ISSUED, VERIFIED, ENCUMBERED)
                .when(new EncumberInvoice(INVOICE, OTHER_FINANCING, DAY, SUPPLIER))
                .expectException(refusedWith("invoice-already-encumbered"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_is_not_encumbered_before_it_was_issued() {
        fixture.given(ISSUED, VERIFIED)
                .when(new EncumberInvoice(INVOICE, FINANCING, ISSUED_ON.minusDays(1), SUPPLIER))
                .expectException(refusedWith("date-out-of-order"))
                .expectNoEvents();
    }

    // --- ReleaseInvoice

    @Test
    void the_holder_releases_the_invoice() {
        fixture.given(ISSUED, VERIFIED, ENCUMBERED)
                .when(new ReleaseInvoice(INVOICE, FINANCING, DAY.plusDays(30), BANK))
                .expectEvents(new InvoiceReleased(INVOICE, FINANCING, BANK, DAY.plusDays(30)));
    }

    @Test
    void the_operator_releases_the_invoice() {
        fixture.given(ISSUED, VERIFIED, ENCUMBERED)
                .when(new ReleaseInvoice(INVOICE, FINANCING, DAY, PartyId.OPERATOR))
                .expectEvents(new InvoiceReleased(INVOICE, FINANCING, PartyId.OPERATOR, DAY));
    }

    @Test
    void the_issuer_does_not_release_its_own_pledge() {
        fixture.given(ISSUED, VERIFIED, ENCUMBERED)
                .when(new ReleaseInvoice(INVOICE, FINANCING, DAY, SUPPLIER))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_that_backs_nothing_is_not_released() {
        fixture.given(ISSUED, VERIFIED)
                .when(new ReleaseInvoice(INVOICE, FINANCING, DAY, BANK))
                .expectException(refusedWith("invoice-not-encumbered"))
                .expectNoEvents();
    }

    @Test
    void only_the_encumbrance_it_backs_is_released() {
        fixture.given(ISSUED, VERIFIED, ENCUMBERED)
                .when(new ReleaseInvoice(INVOICE, OTHER_FINANCING, DAY, OTHER_BANK))
                .expectException(refusedWith("encumbrance-mismatch"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_is_not_released_before_it_was_encumbered() {
        fixture.given(ISSUED, VERIFIED, ENCUMBERED)
                .when(new ReleaseInvoice(INVOICE, FINANCING, DAY.minusDays(1), BANK))
                .expectException(refusedWith("date-out-of-order"))
                .expectNoEvents();
    }

    // --- CancelInvoice

    @Test
    void the_issuer_cancels_its_invoice() {
        fixture.given(ISSUED, VERIFIED)
                .when(new CancelInvoice(INVOICE, "red-letter invoice", DAY, SUPPLIER))
                .expectEvents(CANCELLED);
    }

    @Test
    void only_the_issuer_cancels_its_invoice() {
        fixture.given(ISSUED)
                .when(new CancelInvoice(INVOICE, "red-letter invoice", DAY, CORE))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_is_cancelled_once() {
        fixture.given(ISSUED, CANCELLED)
                .when(new CancelInvoice(INVOICE, "again", DAY, SUPPLIER))
                .expectException(refusedWith("invoice-cancelled"))
                .expectNoEvents();
    }

    @Test
    void an_encumbered_invoice_is_not_cancelled() {
        fixture.given(ISSUED, VERIFIED, ENCUMBERED)
                .when(new CancelInvoice(INVOICE, "red-letter invoice", DAY, SUPPLIER))
                .expectException(refusedWith("invoice-encumbered"))
                .expectNoEvents();
    }

    @Test
    void an_invoice_is_not_cancelled_before_it_was_issued() {
        fixture.given(ISSUED)
                .when(new CancelInvoice(INVOICE, "red-letter invoice", ISSUED_ON.minusDays(1), SUPPLIER))
                .expectException(refusedWith("date-out-of-order"))
                .expectNoEvents();
    }
}
