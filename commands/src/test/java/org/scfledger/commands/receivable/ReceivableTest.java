package org.scfledger.commands.receivable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scfledger.commands.testing.Refusals.refusedWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.DisputeReceivable;
import org.scfledger.core.receivable.EncumberReceivable;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableConfirmed;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableDisputeResolved;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableDisputed;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableEncumbered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartCreated;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableRegistered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableReleased;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSplit;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableTransferred;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.ReceivablePart;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.receivable.ReleaseReceivable;
import org.scfledger.core.receivable.ResolveDispute;
import org.scfledger.core.receivable.SettleReceivable;
import org.scfledger.core.receivable.SplitPart;
import org.scfledger.core.receivable.SplitReceivable;
import org.scfledger.core.receivable.ThreeWayMatch;
import org.scfledger.core.receivable.TransferReceivable;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;

/** The receivable's own rules (registration, disputes, transfer, pledging); confirmation, splitting and settlement have their services. */
class ReceivableTest {

    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId TIER2 = PartyId.of("supplier-21");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final ReceivableId RCV = ReceivableId.of("AR-2026-0042");
    static final ProgramId PROGRAM = ProgramId.of("acme-2026");
    static final OrderId ORDER = OrderId.of("2026-1188");
    static final InvoiceId INVOICE = InvoiceId.of("91310000MA1K4XYZ2B", "3100231130", "00012345");
    static final LocalDate REGISTERED = LocalDate.parse("2026-11-20");
    static final LocalDate CONFIRMED = LocalDate.parse("2026-11-22");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final LocalDate MATURITY = LocalDate.parse("2027-02-20");
    static final Encumbrance FIN = Encumbrance.financing("FIN-1", BANK);

    FixtureConfiguration<Receivable> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Receivable.class);
        fixture.registerAnnotatedCommandHandler(new ReceivableRegistration(fixture.getRepository(), null));
        fixture.registerAnnotatedCommandHandler(new org.scfledger.commands.pledge.AssetReleases(null, fixture.getRepository(), null, null));
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static ReceivableRegistered registered() {
        return new ReceivableRegistered(RCV, SUPPLIER, CORE, cny("113000.00"), MATURITY, List.of(INVOICE), ORDER, PROGRAM, REGISTERED);
    }

    static ReceivableConfirmed confirmed() {
        return new ReceivableConfirmed(RCV, CORE, new ThreeWayMatch(ORDER, cny("113000.00"), List.of(INVOICE), cny("113000.00"),
                cny("113000.00"), new BigDecimal("0.5"), cny("565.00"), cny("0.00")), CONFIRMED);
    }

    // ------------------------------------------------------------------ registration

    @Test
    void the_creditor_registers_its_receivable() {
        fixture.givenNoPriorActivity()
                .when(new RegisterReceivable(RCV, SUPPLIER, CORE, cny("113000.00"), MATURITY, List.of(INVOICE), ORDER, PROGRAM,
                        REGISTERED, SUPPLIER))
                .expectEvents(registered());
    }

    @Test
    void only_the_creditor_registers() {
        fixture.givenNoPriorActivity()
                .when(new RegisterReceivable(RCV, SUPPLIER, CORE, cny("113000.00"), MATURITY, List.of(INVOICE), ORDER, PROGRAM,
                        REGISTERED, CORE))
                .expectException(refusedWith("not-permitted")).expectNoEvents();
    }

    @Test
    void malformed_registrations_name_the_field() {
        assertThatThrownBy(() -> new RegisterReceivable(RCV.part(1), SUPPLIER, CORE, cny("1.00"), MATURITY, List.of(INVOICE), ORDER,
                PROGRAM, REGISTERED, SUPPLIER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receivableId");
        assertThatThrownBy(() -> new RegisterReceivable(RCV, SUPPLIER, CORE, cny("0.00"), MATURITY, List.of(INVOICE), ORDER,
                PROGRAM, REGISTERED, SUPPLIER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("faceAmount");
        assertThatThrownBy(() -> new RegisterReceivable(RCV, SUPPLIER, CORE, cny("1.00"), MATURITY, List.of(), ORDER,
                PROGRAM, REGISTERED, SUPPLIER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invoiceIds");
        assertThatThrownBy(() -> new RegisterReceivable(RCV, SUPPLIER, CORE, cny("1.00"), REGISTERED.minusDays(1), List.of(INVOICE),
                ORDER, PROGRAM, REGISTERED, SUPPLIER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maturityDate");
        assertThatThrownBy(() -> new RegisterReceivable(RCV, SUPPLIER, SUPPLIER, cny("1.00"), MATURITY, List.of(INVOICE),
                ORDER, PROGRAM, REGISTERED, SUPPLIER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("debtor");
        assertThatThrownBy(() -> ReceivableId.of("AR 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SplitReceivable(RCV, List.of(new SplitPart(cny("1.00"), TIER2)), DAY, SUPPLIER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parts");
        assertThatThrownBy(() -> new SettleReceivable(RCV.part(1), cny("1.00"), MATURITY, CORE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receivableId");
    }

    // ------------------------------------------------------------------ disputes

    @Test
    void the_debtor_disputes_and_resolves() {
        fixture.given(registered()).when(new DisputeReceivable(RCV, "short delivery", DAY, CORE))
                .expectEvents(new ReceivableDisputed(RCV, CORE, "short delivery", DAY));
        fixture.given(registered(), new ReceivableDisputed(RCV, CORE, "short delivery", DAY))
                .when(new ResolveDispute(RCV, "delivered in full", DAY, CORE))
                .expectEvents(new ReceivableDisputeResolved(RCV, CORE, "delivered in full", DAY));
        fixture.given(registered(), new ReceivableDisputed(RCV, CORE, "short delivery", DAY))
                .when(new ResolveDispute(RCV, "arbitrated", DAY, PartyId.OPERATOR))
                .expectEvents(new ReceivableDisputeResolved(RCV, PartyId.OPERATOR, "arbitrated", DAY));
    }

    @Test
    void disputes_are_refused() {
        fixture.given(registered()).when(new DisputeReceivable(RCV, "x", DAY, SUPPLIER)).expectException(refusedWith("not-permitted"));
        fixture.given(registered(), new ReceivableDisputed(RCV, CORE, "x", DAY)).when(new DisputeReceivable(RCV, "y", DAY, CORE))
                .expectException(refusedWith("receivable-already-disputed"));
        fixture.given(registered()).when(new DisputeReceivable(RCV, "x", REGISTERED.minusDays(1), CORE))
                .expectException(refusedWith("date-out-of-order"));
        fixture.given(registered(), confirmed(), split()).when(new DisputeReceivable(RCV, "x", DAY, CORE))
                .expectException(refusedWith("receivable-split"));
        fixture.given(registered(), confirmed(), settledWhole()).when(new DisputeReceivable(RCV, "x", MATURITY, CORE))
                .expectException(refusedWith("receivable-settled"));
        fixture.given(registered()).when(new ResolveDispute(RCV, "x", DAY, CORE)).expectException(refusedWith("receivable-not-disputed"));
        fixture.given(registered(), new ReceivableDisputed(RCV, CORE, "x", DAY)).when(new ResolveDispute(RCV, "x", DAY, SUPPLIER))
                .expectException(refusedWith("not-permitted"));
    }

    // ------------------------------------------------------------------ transfer

    @Test
    void the_holder_transfers_a_confirmed_receivable() {
        fixture.given(registered(), confirmed()).when(new TransferReceivable(RCV, TIER2, DAY, SUPPLIER))
                .expectEvents(new ReceivableTransferred(RCV, SUPPLIER, TIER2, cny("113000.00"), DAY));
        fixture.given(registered(), confirmed(), new ReceivableTransferred(RCV, SUPPLIER, TIER2, cny("113000.00"), DAY))
                .when(new TransferReceivable(RCV, SUPPLIER, DAY, TIER2))
                .expectEvents(new ReceivableTransferred(RCV, TIER2, SUPPLIER, cny("113000.00"), DAY));
    }

    @Test
    void a_part_is_transferred_like_a_receivable() {
        ReceivableId part = RCV.part(1);
        fixture.given(new ReceivablePartCreated(part, RCV, RCV, PROGRAM, CORE, TIER2, cny("13000.00"), MATURITY, CONFIRMED, DAY))
                .when(new TransferReceivable(part, SUPPLIER, DAY, TIER2))
                .expectEvents(new ReceivableTransferred(part, TIER2, SUPPLIER, cny("13000.00"), DAY));
    }

    @Test
    void transfers_are_refused() {
        fixture.given(registered(), confirmed()).when(new TransferReceivable(RCV, TIER2, DAY, TIER2)).expectException(refusedWith("not-permitted"));
        fixture.given(registered()).when(new TransferReceivable(RCV, TIER2, DAY, SUPPLIER)).expectException(refusedWith("receivable-not-confirmed"));
        fixture.given(registered(), confirmed(), new ReceivableDisputed(RCV, CORE, "x", DAY))
                .when(new TransferReceivable(RCV, TIER2, DAY, SUPPLIER)).expectException(refusedWith("receivable-disputed"));
        fixture.given(registered(), confirmed(), encumbered()).when(new TransferReceivable(RCV, TIER2, DAY, SUPPLIER))
                .expectException(refusedWith("receivable-encumbered"));
        fixture.given(registered(), confirmed()).when(new TransferReceivable(RCV, TIER2, MATURITY, SUPPLIER))
                .expectException(refusedWith("receivable-due"));
        fixture.given(registered(), confirmed(), split()).when(new TransferReceivable(RCV, TIER2, DAY, SUPPLIER))
                .expectException(refusedWith("receivable-split"));
        fixture.given(registered(), confirmed(), settledWhole()).when(new TransferReceivable(RCV, TIER2, MATURITY, SUPPLIER))
                .expectException(refusedWith("receivable-settled"));
        fixture.given(registered(), confirmed()).when(new TransferReceivable(RCV, SUPPLIER, DAY, SUPPLIER))
                .expectException(refusedWith("receivable-same-holder"));
        fixture.given(registered(), confirmed()).when(new TransferReceivable(RCV, CORE, DAY, SUPPLIER))
                .expectException(refusedWith("holder-is-debtor"));
        fixture.given(registered(), confirmed()).when(new TransferReceivable(RCV, TIER2, REGISTERED.minusDays(1), SUPPLIER))
                .expectException(refusedWith("date-out-of-order"));
    }

    // ------------------------------------------------------------------ pledging

    @Test
    void the_holder_pledges_a_confirmed_receivable_and_the_funder_releases_it() {
        fixture.given(registered(), confirmed()).when(new EncumberReceivable(RCV, FIN, DAY, SUPPLIER)).expectEvents(encumbered());
        fixture.given(registered(), confirmed(), encumbered()).when(new ReleaseReceivable(RCV, FIN, DAY, BANK))
                .expectEvents(new ReceivableReleased(RCV, FIN, BANK, DAY));
        fixture.given(registered(), confirmed(), encumbered()).when(new ReleaseReceivable(RCV, FIN, DAY, PartyId.OPERATOR))
                .expectEvents(new ReceivableReleased(RCV, FIN, PartyId.OPERATOR, DAY));
        fixture.given(registered(), confirmed(), encumbered(), new ReceivableReleased(RCV, FIN, BANK, DAY))
                .when(new EncumberReceivable(RCV, Encumbrance.creditLine("acme-2026/supplier-7", BANK), DAY, SUPPLIER))
                .expectEvents(new ReceivableEncumbered(RCV, Encumbrance.creditLine("acme-2026/supplier-7", BANK), cny("113000.00"),
                        SUPPLIER, DAY));
    }

    @Test
    void pledges_are_refused() {
        var encumber = new EncumberReceivable(RCV, Encumbrance.financing("FIN-2", BANK), DAY, SUPPLIER);
        fixture.given(registered(), confirmed()).when(new EncumberReceivable(RCV, FIN, DAY, BANK)).expectException(refusedWith("not-permitted"));
        fixture.given(registered()).when(encumber).expectException(refusedWith("receivable-not-confirmed"));
        fixture.given(registered(), confirmed(), new ReceivableDisputed(RCV, CORE, "x", DAY)).when(encumber)
                .expectException(refusedWith("receivable-disputed"));
        fixture.given(registered(), confirmed()).when(new EncumberReceivable(RCV, FIN, MATURITY, SUPPLIER))
                .expectException(refusedWith("receivable-due"));
        fixture.given(registered(), confirmed(), split()).when(encumber).expectException(refusedWith("receivable-split"));
        fixture.given(registered(), confirmed(), settledWhole()).when(encumber).expectException(refusedWith("receivable-settled"));
        fixture.given(registered(), confirmed(), encumbered()).when(encumber).expectException(refusedWith("receivable-already-encumbered"))
                .expectNoEvents();
    }

    @Test
    void releases_are_refused() {
        fixture.given(registered(), confirmed(), encumbered()).when(new ReleaseReceivable(RCV, FIN, DAY, SUPPLIER))
                .expectException(refusedWith("not-permitted"));
        fixture.given(registered(), confirmed()).when(new ReleaseReceivable(RCV, FIN, DAY, BANK))
                .expectException(refusedWith("receivable-not-encumbered"));
        fixture.given(registered(), confirmed(), encumbered())
                .when(new ReleaseReceivable(RCV, Encumbrance.financing("FIN-2", BANK), DAY, BANK))
                .expectException(refusedWith("encumbrance-mismatch"));
        fixture.given(registered(), confirmed(), encumbered()).when(new ReleaseReceivable(RCV, FIN, DAY.minusDays(1), BANK))
                .expectException(refusedWith("date-out-of-order"));
    }

    static ReceivableEncumbered encumbered() {
        return new ReceivableEncumbered(RCV, FIN, cny("113000.00"), SUPPLIER, DAY);
    }

    static ReceivableSplit split() {
        return new ReceivableSplit(RCV, SUPPLIER, cny("113000.00"), List.of(new ReceivablePart(RCV.part(1), TIER2, cny("13000.00")),
                new ReceivablePart(RCV.part(2), SUPPLIER, cny("100000.00"))), DAY);
    }

    static ReceivablePartSettled settledWhole() {
        return new ReceivablePartSettled(RCV, RCV, SUPPLIER, SUPPLIER, cny("113000.00"), null, MATURITY);
    }
}
