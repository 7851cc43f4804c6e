package org.scfledger.commands.collateral;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.scfledger.commands.pledge.CollateralChanges;
import org.scfledger.commands.program.Program;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.collateral.CollateralEvent.CollateralEncumbered;
import org.scfledger.core.collateral.CollateralEvent.CollateralEncumbranceReleased;
import org.scfledger.core.collateral.CollateralEvent.CollateralExpired;
import org.scfledger.core.collateral.CollateralEvent.CollateralPledged;
import org.scfledger.core.collateral.CollateralEvent.CollateralReleased;
import org.scfledger.core.collateral.CollateralEvent.CollateralRevalued;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.CollateralKind;
import org.scfledger.core.collateral.EncumberCollateral;
import org.scfledger.core.collateral.ExpireCollateral;
import org.scfledger.core.collateral.PledgeCollateral;
import org.scfledger.core.collateral.ReleaseCollateral;
import org.scfledger.core.collateral.ReleaseCollateralEncumbrance;
import org.scfledger.core.collateral.RevalueCollateral;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * The collateral's rules, every command's happy path and every refusal. Items here back financings or nothing; the
 * lines they back are {@code AssetPledgingTest}'s.
 */
class CollateralTest {

    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId BANK = PartyId.of("bank-1");
    static final PartyId OTHER_BANK = PartyId.of("bank-2");
    static final PartyId GUARANTOR = PartyId.of("core-1");
    static final PartyId WAREHOUSE = PartyId.of("warehouse-3");
    static final CollateralId GUARANTEE = CollateralId.of("GTE-2026-1");
    static final LocalDate PLEDGED_ON = LocalDate.parse("2026-03-01");
    static final LocalDate EXPIRES_ON = LocalDate.parse("2026-09-30");
    static final LocalDate DAY = LocalDate.parse("2026-03-15");
    static final Encumbrance FINANCING = Encumbrance.financing("FIN-42", BANK);

    static final CollateralPledged PLEDGED = new CollateralPledged(GUARANTEE, CollateralKind.GUARANTEE, SUPPLIER, BANK,
            cny("500000.00"), "Payment guarantee by core-1 for supplier-7", null, GUARANTOR, null, EXPIRES_ON, PLEDGED_ON);
    static final CollateralEncumbered ENCUMBERED = new CollateralEncumbered(GUARANTEE, FINANCING, SUPPLIER, DAY);
    static final CollateralReleased RELEASED = new CollateralReleased(GUARANTEE, "discharged", BANK, DAY);
    static final CollateralExpired EXPIRED = new CollateralExpired(GUARANTEE, EXPIRES_ON, PartyId.OPERATOR, EXPIRES_ON);

    FixtureConfiguration<Collateral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Collateral.class);
        var programs = EventSourcingRepository.builder(Program.class)
                .eventStore(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build())
                .build();
        fixture.registerAnnotatedCommandHandler(new CollateralIntake(fixture.getRepository(), this::lastSequenceNumberFor));
        fixture.registerAnnotatedCommandHandler(new CollateralChanges(fixture.getRepository(), programs));
    }

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

    static PledgeCollateral pledgeGuarantee(PartyId acting) {
        return new PledgeCollateral(GUARANTEE, CollateralKind.GUARANTEE, SUPPLIER, BANK, cny("500000.00"),
                "Payment guarantee by core-1 for supplier-7", null, GUARANTOR, null, EXPIRES_ON, PLEDGED_ON, acting);
    }

    // --- PledgeCollateral

    @Test
    void the_pledgor_pledges_a_guarantee() {
        fixture.givenNoPriorActivity().when(pledgeGuarantee(SUPPLIER)).expectResultMessagePayload(GUARANTEE).expectEvents(PLEDGED);
    }

    @Test
    void the_pledgor_pledges_a_warehouse_receipt() {
        CollateralId receipt = CollateralId.of("COL:WR-0042");
        fixture.givenNoPriorActivity()
                .when(new PledgeCollateral(receipt, CollateralKind.WAREHOUSE_RECEIPT, SUPPLIER, BANK, cny("800000.00"),
                        "Hot-rolled coil, 120 t, bay 4", WAREHOUSE, null, "WR-SH-2026-0042", null, PLEDGED_ON, SUPPLIER))
                .expectEvents(new CollateralPledged(receipt, CollateralKind.WAREHOUSE_RECEIPT, SUPPLIER, BANK, cny("800000.00"),
                        "Hot-rolled coil, 120 t, bay 4", WAREHOUSE, null, "WR-SH-2026-0042", null, PLEDGED_ON));
    }

    @Test
    void only_the_pledgor_pledges() {
        fixture.givenNoPriorActivity().when(pledgeGuarantee(BANK)).expectException(refusedWith("not-permitted")).expectNoEvents();
    }

    @Test
    void an_id_is_pledged_once_ever() {
        fixture.given(PLEDGED, RELEASED).when(pledgeGuarantee(SUPPLIER))
                .expectException(refusedWith("collateral-already-pledged")).expectNoEvents();
    }

    @Test
    void malformed_pledges_name_the_field() {
        assertThatThrownBy(() -> new PledgeCollateral(GUARANTEE, CollateralKind.GUARANTEE, SUPPLIER, BANK, cny("1.00"), "g",
                null, null, null, EXPIRES_ON, PLEDGED_ON, SUPPLIER)).hasMessageContaining("guarantor");
        assertThatThrownBy(() -> new PledgeCollateral(GUARANTEE, CollateralKind.GUARANTEE, SUPPLIER, BANK, cny("1.00"), "g",
                null, GUARANTOR, null, null, PLEDGED_ON, SUPPLIER)).hasMessageContaining("expiresOn");
        assertThatThrownBy(() -> new PledgeCollateral(GUARANTEE, CollateralKind.GOODS, SUPPLIER, BANK, cny("1.00"), "g",
                null, null, null, null, PLEDGED_ON, SUPPLIER)).hasMessageContaining("custodian");
        assertThatThrownBy(() -> new PledgeCollateral(GUARANTEE, CollateralKind.MORTGAGE, SUPPLIER, BANK, cny("1.00"), "m",
                null, null, null, null, PLEDGED_ON, SUPPLIER)).hasMessageContaining("documentReference");
        assertThatThrownBy(() -> new PledgeCollateral(GUARANTEE, CollateralKind.MORTGAGE, SUPPLIER, BANK, Money.exact(new java.math.BigDecimal("1.001"), java.util.Currency.getInstance("CNY")), "m",
                null, null, "REG-1", null, PLEDGED_ON, SUPPLIER)).hasMessageContaining("value");
        assertThatThrownBy(() -> new PledgeCollateral(GUARANTEE, CollateralKind.MORTGAGE, SUPPLIER, BANK, cny("0.00"), "m",
                null, null, "REG-1", null, PLEDGED_ON, SUPPLIER)).hasMessageContaining("value");
        assertThatThrownBy(() -> new PledgeCollateral(GUARANTEE, CollateralKind.GUARANTEE, SUPPLIER, BANK, cny("1.00"), "g",
                null, GUARANTOR, null, PLEDGED_ON, PLEDGED_ON, SUPPLIER)).hasMessageContaining("expiresOn");
        assertThatThrownBy(() -> new PledgeCollateral(GUARANTEE, CollateralKind.GUARANTEE, SUPPLIER, SUPPLIER, cny("1.00"), "g",
                null, GUARANTOR, null, EXPIRES_ON, PLEDGED_ON, SUPPLIER)).hasMessageContaining("pledgee");
        assertThatThrownBy(() -> CollateralId.of("COL: bad")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RevalueCollateral(GUARANTEE, cny("-1.00"), DAY, BANK)).hasMessageContaining("value");
        assertThatThrownBy(() -> new ReleaseCollateral(GUARANTEE, " ", DAY, BANK)).hasMessageContaining("reason");
        assertThatThrownBy(() -> new ExpireCollateral(GUARANTEE, null, BANK)).hasMessageContaining("businessDate");
    }

    @Test
    void the_journal_id_is_prefixed() {
        org.assertj.core.api.Assertions.assertThat(GUARANTEE.toString()).isEqualTo("COL:GTE-2026-1");
    }

    // --- EncumberCollateral

    @Test
    void the_pledgor_encumbers_it_for_its_pledgee() {
        fixture.given(PLEDGED).when(new EncumberCollateral(GUARANTEE, FINANCING, DAY, SUPPLIER)).expectEvents(ENCUMBERED);
    }

    @Test
    void only_the_pledgor_or_the_operator_encumbers() {
        fixture.given(PLEDGED).when(new EncumberCollateral(GUARANTEE, FINANCING, DAY, BANK))
                .expectException(refusedWith("not-permitted")).expectNoEvents();
        fixture.given(PLEDGED).when(new EncumberCollateral(GUARANTEE, FINANCING, DAY, PartyId.OPERATOR))
                .expectEvents(new CollateralEncumbered(GUARANTEE, FINANCING, PartyId.OPERATOR, DAY));
    }

    @Test
    void it_backs_one_thing_at_a_time() {
        fixture.given(PLEDGED, ENCUMBERED).when(new EncumberCollateral(GUARANTEE, Encumbrance.financing("FIN-43", BANK), DAY, SUPPLIER))
                .expectException(refusedWith("collateral-already-encumbered")).expectNoEvents();
    }

    @Test
    void it_backs_only_what_its_pledgee_holds() {
        fixture.given(PLEDGED).when(new EncumberCollateral(GUARANTEE, Encumbrance.financing("FIN-43", OTHER_BANK), DAY, SUPPLIER))
                .expectException(refusedWith("encumbrance-holder-mismatch")).expectNoEvents();
    }

    @Test
    void released_or_expired_collateral_backs_nothing() {
        fixture.given(PLEDGED, RELEASED).when(new EncumberCollateral(GUARANTEE, FINANCING, DAY, SUPPLIER))
                .expectException(refusedWith("collateral-released")).expectNoEvents();
        fixture.given(PLEDGED, EXPIRED).when(new EncumberCollateral(GUARANTEE, FINANCING, DAY, SUPPLIER))
                .expectException(refusedWith("collateral-expired")).expectNoEvents();
    }

    @Test
    void it_is_not_encumbered_before_it_was_pledged() {
        fixture.given(PLEDGED).when(new EncumberCollateral(GUARANTEE, FINANCING, PLEDGED_ON.minusDays(1), SUPPLIER))
                .expectException(refusedWith("date-out-of-order")).expectNoEvents();
    }

    // --- ReleaseCollateralEncumbrance

    @Test
    void the_holder_releases_the_encumbrance() {
        fixture.given(PLEDGED, ENCUMBERED).when(new ReleaseCollateralEncumbrance(GUARANTEE, FINANCING, DAY, BANK))
                .expectEvents(new CollateralEncumbranceReleased(GUARANTEE, FINANCING, BANK, DAY));
    }

    @Test
    void releasing_an_encumbrance_is_refused_unless_it_is_the_one() {
        fixture.given(PLEDGED, ENCUMBERED).when(new ReleaseCollateralEncumbrance(GUARANTEE, FINANCING, DAY, SUPPLIER))
                .expectException(refusedWith("not-permitted")).expectNoEvents();
        fixture.given(PLEDGED).when(new ReleaseCollateralEncumbrance(GUARANTEE, FINANCING, DAY, BANK))
                .expectException(refusedWith("collateral-not-encumbered")).expectNoEvents();
        fixture.given(PLEDGED, ENCUMBERED)
                .when(new ReleaseCollateralEncumbrance(GUARANTEE, Encumbrance.financing("FIN-43", BANK), DAY, BANK))
                .expectException(refusedWith("encumbrance-mismatch")).expectNoEvents();
        fixture.given(PLEDGED, ENCUMBERED).when(new ReleaseCollateralEncumbrance(GUARANTEE, FINANCING, DAY.minusDays(1), BANK))
                .expectException(refusedWith("date-out-of-order")).expectNoEvents();
        fixture.given(PLEDGED, RELEASED).when(new ReleaseCollateralEncumbrance(GUARANTEE, FINANCING, DAY, BANK))
                .expectException(refusedWith("collateral-released")).expectNoEvents();
    }

    // --- RevalueCollateral

    @Test
    void the_pledgee_revalues() {
        fixture.given(PLEDGED, ENCUMBERED).when(new RevalueCollateral(GUARANTEE, cny("450000.00"), DAY, BANK))
                .expectEvents(new CollateralRevalued(GUARANTEE, cny("500000.00"), cny("450000.00"), BANK, DAY));
    }

    @Test
    void revaluing_is_refused_by_the_rules() {
        fixture.given(PLEDGED).when(new RevalueCollateral(GUARANTEE, cny("450000.00"), DAY, SUPPLIER))
                .expectException(refusedWith("not-permitted")).expectNoEvents();
        fixture.given(PLEDGED).when(new RevalueCollateral(GUARANTEE, Money.of("450000.00", "USD"), DAY, BANK))
                .expectException(refusedWith("currency-mismatch")).expectNoEvents();
        fixture.given(PLEDGED).when(new RevalueCollateral(GUARANTEE, cny("500000.00"), DAY, BANK))
                .expectException(refusedWith("collateral-value-unchanged")).expectNoEvents();
        fixture.given(PLEDGED).when(new RevalueCollateral(GUARANTEE, cny("450000.00"), PLEDGED_ON.minusDays(1), BANK))
                .expectException(refusedWith("date-out-of-order")).expectNoEvents();
        fixture.given(PLEDGED, EXPIRED).when(new RevalueCollateral(GUARANTEE, cny("450000.00"), DAY, BANK))
                .expectException(refusedWith("collateral-expired")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new RevalueCollateral(GUARANTEE, cny("450000.00"), DAY, BANK))
                .expectException(refusedWith("asset-not-found")).expectNoEvents();
    }

    // --- ReleaseCollateral

    @Test
    void the_pledgee_releases() {
        fixture.given(PLEDGED).when(new ReleaseCollateral(GUARANTEE, "discharged", DAY, BANK)).expectEvents(RELEASED);
    }

    @Test
    void releasing_is_refused_by_the_rules() {
        fixture.given(PLEDGED).when(new ReleaseCollateral(GUARANTEE, "discharged", DAY, SUPPLIER))
                .expectException(refusedWith("not-permitted")).expectNoEvents();
        fixture.given(PLEDGED, ENCUMBERED).when(new ReleaseCollateral(GUARANTEE, "discharged", DAY, BANK))
                .expectException(refusedWith("collateral-encumbered")).expectNoEvents();
        fixture.given(PLEDGED, RELEASED).when(new ReleaseCollateral(GUARANTEE, "discharged", DAY, BANK))
                .expectException(refusedWith("collateral-released")).expectNoEvents();
        fixture.given(PLEDGED).when(new ReleaseCollateral(GUARANTEE, "discharged", PLEDGED_ON.minusDays(1), BANK))
                .expectException(refusedWith("date-out-of-order")).expectNoEvents();
    }

    // --- ExpireCollateral

    @Test
    void the_operator_or_the_pledgee_expires_it_on_or_after_its_expiry_date() {
        fixture.given(PLEDGED, ENCUMBERED).when(new ExpireCollateral(GUARANTEE, EXPIRES_ON, PartyId.OPERATOR)).expectEvents(EXPIRED);
        fixture.given(PLEDGED).when(new ExpireCollateral(GUARANTEE, EXPIRES_ON.plusDays(3), BANK))
                .expectEvents(new CollateralExpired(GUARANTEE, EXPIRES_ON, BANK, EXPIRES_ON.plusDays(3)));
    }

    @Test
    void expiring_is_refused_by_the_rules() {
        fixture.given(PLEDGED).when(new ExpireCollateral(GUARANTEE, EXPIRES_ON, SUPPLIER))
                .expectException(refusedWith("not-permitted")).expectNoEvents();
        fixture.given(PLEDGED).when(new ExpireCollateral(GUARANTEE, EXPIRES_ON.minusDays(1), PartyId.OPERATOR))
                .expectException(refusedWith("collateral-not-yet-expired")).expectNoEvents();
        fixture.given(PLEDGED, EXPIRED).when(new ExpireCollateral(GUARANTEE, EXPIRES_ON, PartyId.OPERATOR))
                .expectException(refusedWith("collateral-expired")).expectNoEvents();
    }

    @Test
    void collateral_without_an_expiry_date_does_not_expire() {
        CollateralId mortgage = CollateralId.of("MTG-1");
        fixture.given(new CollateralPledged(mortgage, CollateralKind.MORTGAGE, SUPPLIER, BANK, cny("900000.00"), "Plant No. 2",
                        null, null, "REG-SZ-2026-77", null, PLEDGED_ON))
                .when(new ExpireCollateral(mortgage, EXPIRES_ON, PartyId.OPERATOR))
                .expectException(refusedWith("collateral-does-not-expire")).expectNoEvents();
    }
}
