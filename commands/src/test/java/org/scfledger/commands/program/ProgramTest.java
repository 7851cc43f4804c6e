package org.scfledger.commands.program;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scfledger.commands.testing.Refusals.refusedWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scfledger.commands.testing.Parties;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.PartyRole;
import org.scfledger.core.program.AddAssetToLine;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.ChangeMemberLimits;
import org.scfledger.core.program.ChangeProgramLimit;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.DrawReserved;
import org.scfledger.core.program.ExpireProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent.DrawdownReserved;
import org.scfledger.core.program.ProgramEvent.LineAssetAdded;
import org.scfledger.core.program.ProgramEvent.LineAssetRemoved;
import org.scfledger.core.program.ProgramEvent.MemberAdmitted;
import org.scfledger.core.program.ProgramEvent.MemberLimitsChanged;
import org.scfledger.core.program.ProgramEvent.MemberReinstated;
import org.scfledger.core.program.ProgramEvent.MemberShortfallCured;
import org.scfledger.core.program.ProgramEvent.MemberShortfallDetected;
import org.scfledger.core.program.ProgramEvent.MemberSuspended;
import org.scfledger.core.program.ProgramEvent.PrincipalDrawn;
import org.scfledger.core.program.ProgramEvent.PrincipalRepaid;
import org.scfledger.core.program.ProgramEvent.ProgramCreated;
import org.scfledger.core.program.ProgramEvent.ProgramExpired;
import org.scfledger.core.program.ProgramEvent.ProgramLimitChanged;
import org.scfledger.core.program.ProgramEvent.ReservationReleased;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.program.RecordPrincipalRepaid;
import org.scfledger.core.program.ReinstateMember;
import org.scfledger.core.program.ReleaseReservation;
import org.scfledger.core.program.RemoveAssetFromLine;
import org.scfledger.core.program.ReserveDrawdown;
import org.scfledger.core.program.SuspendMember;

/** The program aggregate: every command's happy path and every rule's refusal. */
class ProgramTest {

    static final ProgramId PROGRAM = ProgramId.of("prog-core1-2026");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId FUNDER = PartyId.of("bank-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId DEALER = PartyId.of("dealer-3");
    static final PartyId STRANGER = PartyId.of("stranger");
    static final Currency CNY = Currency.getInstance("CNY");
    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-12-31");
    static final LocalDate DAY = LocalDate.parse("2026-03-15");
    static final AdvanceRates RATES = AdvanceRates.defaults().without(AssetType.MORTGAGE);
    static final ProgramPricing PRICING = ProgramPricing.of(Rate.percent("4.35"));
    static final FinancingId F1 = FinancingId.of("fin-1");
    static final FinancingId F2 = FinancingId.of("fin-2");

    static final ProgramCreated CREATED = new ProgramCreated(PROGRAM, CORE, FUNDER, CNY, cny("5000000.00"), FROM, TO,
            RATES, PRICING, 180, new BigDecimal("2"));
    static final MemberAdmitted SUPPLIER_ADMITTED =
            new MemberAdmitted(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, cny("500000.00"), cny("2000000.00"));
    static final MemberAdmitted DEALER_ADMITTED =
            new MemberAdmitted(PROGRAM, DEALER, MemberSide.DISTRIBUTOR, cny("300000.00"), cny("300000.00"));
    /** REC-1 adds 1 000 000.00 × 80 % = 800 000.00: the supplier's limit is 1 300 000.00. */
    static final LineAssetAdded REC_1_ADDED = new LineAssetAdded(PROGRAM, SUPPLIER, "REC-1", AssetType.RECEIVABLE,
            cny("1000000.00"), AdvanceRate.percent("80"), cny("800000.00"), DAY);

    AggregateTestFixture<Program> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Program.class);
        fixture.registerAnnotatedCommandHandler(new ProgramParties(fixture.getRepository(), Parties.inMemory(Map.of(
                CORE, Set.of(PartyRole.CORE_ENTERPRISE), FUNDER, Set.of(PartyRole.FUNDER),
                SUPPLIER, Set.of(PartyRole.SUPPLIER), DEALER, Set.of(PartyRole.DISTRIBUTOR)))));
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static Object[] drawn(FinancingId financing, PartyId member, String amount) {
        return new Object[] {new DrawdownReserved(PROGRAM, financing, member, cny(amount), DAY),
                new PrincipalDrawn(PROGRAM, financing, member, cny(amount), DAY)};
    }

    static Object[] concat(Object[]... groups) {
        return java.util.Arrays.stream(groups).flatMap(java.util.Arrays::stream).toArray();
    }

    @Nested
    class Creating {

        CreateProgram create(PartyId acting) {
            return new CreateProgram(PROGRAM, CORE, FUNDER, CNY, cny("5000000.00"), FROM, TO, RATES, PRICING, 180,
                    new BigDecimal("2.00"), acting);
        }

        @Test
        void the_funder_creates_a_program() {
            fixture.givenNoPriorActivity().when(create(FUNDER)).expectEvents(CREATED);
        }

        @Test
        void only_the_funder_named_creates_it() {
            fixture.givenNoPriorActivity().when(create(CORE)).expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        CreateProgram create(PartyId core, PartyId funder) {
            return new CreateProgram(PROGRAM, core, funder, CNY, cny("5000000.00"), FROM, TO, RATES, PRICING, 180,
                    new BigDecimal("2.00"), funder);
        }

        @Test
        void the_core_enterprise_and_the_funder_must_be_registered_parties() {
            fixture.givenNoPriorActivity().when(create(STRANGER, FUNDER))
                    .expectException(refusedWith("party-not-registered")).expectNoEvents();
            fixture.givenNoPriorActivity().when(create(CORE, STRANGER))
                    .expectException(refusedWith("party-not-registered")).expectNoEvents();
        }

        @Test
        void the_core_enterprise_and_the_funder_must_have_their_roles() {
            fixture.givenNoPriorActivity().when(create(SUPPLIER, FUNDER))
                    .expectException(refusedWith("party-role-missing")).expectNoEvents();
            fixture.givenNoPriorActivity().when(create(CORE, DEALER))
                    .expectException(refusedWith("party-role-missing")).expectNoEvents();
        }

        @Test
        void malformed_programs_are_refused_naming_the_field() {
            assertThatThrownBy(() -> new CreateProgram(PROGRAM, CORE, FUNDER, CNY, cny("1.00"), TO, FROM, RATES, PRICING,
                    180, BigDecimal.ONE, FUNDER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validTo");
            assertThatThrownBy(() -> new CreateProgram(PROGRAM, CORE, FUNDER, CNY, Money.of("1.00", "USD"), FROM, TO, RATES,
                    PRICING, 180, BigDecimal.ONE, FUNDER)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("programLimit");
            assertThatThrownBy(() -> new CreateProgram(PROGRAM, CORE, CORE, CNY, cny("1.00"), FROM, TO, RATES, PRICING,
                    180, BigDecimal.ONE, CORE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("funder");
            assertThatThrownBy(() -> new CreateProgram(PROGRAM, CORE, FUNDER, CNY, cny("0.00"), FROM, TO, RATES, PRICING,
                    180, BigDecimal.ONE, FUNDER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("programLimit");
            assertThatThrownBy(() -> new CreateProgram(PROGRAM, CORE, FUNDER, CNY, cny("1.00"), FROM, TO, RATES, PRICING,
                    0, BigDecimal.ONE, FUNDER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTenorDays");
            assertThatThrownBy(() -> new CreateProgram(PROGRAM, CORE, FUNDER, CNY, cny("1.00"), FROM, TO, RATES, PRICING,
                    180, new BigDecimal("101"), FUNDER)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("matchTolerancePercent");
            assertThatThrownBy(() -> new ProgramPricing(Rate.percent("4"), org.scfledger.core.money.DayCount.ACT_365,
                    new BigDecimal("0.9"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("penaltyMultiplier");
        }
    }

    @Nested
    class ProgramLimitAndExpiry {

        @Test
        void the_funder_changes_the_program_limit() {
            fixture.given(CREATED).when(new ChangeProgramLimit(PROGRAM, cny("6000000.00"), FUNDER))
                    .expectEvents(new ProgramLimitChanged(PROGRAM, cny("5000000.00"), cny("6000000.00")));
        }

        @Test
        void only_the_funder_changes_the_program_limit() {
            fixture.given(CREATED).when(new ChangeProgramLimit(PROGRAM, cny("6000000.00"), CORE))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        @Test
        void a_limit_in_another_currency_is_refused() {
            fixture.given(CREATED).when(new ChangeProgramLimit(PROGRAM, Money.of("6000000.00", "USD"), FUNDER))
                    .expectException(refusedWith("currency-mismatch")).expectNoEvents();
        }

        @Test
        void an_expired_programs_limit_does_not_change() {
            fixture.given(CREATED, new ProgramExpired(PROGRAM, TO, FUNDER))
                    .when(new ChangeProgramLimit(PROGRAM, cny("6000000.00"), FUNDER))
                    .expectException(refusedWith("program-expired")).expectNoEvents();
        }

        @Test
        void the_funder_expires_the_program_on_its_last_day() {
            fixture.given(CREATED).when(new ExpireProgram(PROGRAM, TO, FUNDER))
                    .expectEvents(new ProgramExpired(PROGRAM, TO, FUNDER));
        }

        @Test
        void the_operator_expires_the_program_after_its_last_day() {
            fixture.given(CREATED).when(new ExpireProgram(PROGRAM, TO.plusDays(3), PartyId.OPERATOR))
                    .expectEvents(new ProgramExpired(PROGRAM, TO.plusDays(3), PartyId.OPERATOR));
        }

        @Test
        void members_do_not_expire_programs() {
            fixture.given(CREATED, SUPPLIER_ADMITTED).when(new ExpireProgram(PROGRAM, TO, SUPPLIER))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        @Test
        void a_program_is_not_expired_before_its_last_day() {
            fixture.given(CREATED).when(new ExpireProgram(PROGRAM, TO.minusDays(1), FUNDER))
                    .expectException(refusedWith("program-still-valid")).expectNoEvents();
        }

        @Test
        void a_program_expires_once() {
            fixture.given(CREATED, new ProgramExpired(PROGRAM, TO, FUNDER)).when(new ExpireProgram(PROGRAM, TO, FUNDER))
                    .expectException(refusedWith("program-expired")).expectNoEvents();
        }
    }

    @Nested
    class Members {

        AdmitMember admit(PartyId member, PartyId acting) {
            return new AdmitMember(PROGRAM, member, MemberSide.SUPPLIER, cny("500000.00"), cny("2000000.00"), acting);
        }

        @Test
        void the_funder_admits_a_member() {
            fixture.given(CREATED).when(admit(SUPPLIER, FUNDER)).expectEvents(SUPPLIER_ADMITTED);
        }

        @Test
        void only_the_funder_admits_members() {
            fixture.given(CREATED).when(admit(SUPPLIER, SUPPLIER)).expectException(refusedWith("not-permitted"))
                    .expectNoEvents();
        }

        @Test
        void a_member_is_admitted_once() {
            fixture.given(CREATED, SUPPLIER_ADMITTED).when(admit(SUPPLIER, FUNDER))
                    .expectException(refusedWith("member-already-admitted")).expectNoEvents();
        }

        @Test
        void the_core_enterprise_is_not_its_own_programs_member() {
            fixture.given(CREATED).when(admit(CORE, FUNDER)).expectException(refusedWith("member-not-eligible"))
                    .expectNoEvents();
        }

        @Test
        void limits_in_another_currency_are_refused() {
            fixture.given(CREATED).when(new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER,
                            Money.of("1.00", "USD"), Money.of("2.00", "USD"), FUNDER))
                    .expectException(refusedWith("currency-mismatch")).expectNoEvents();
        }

        @Test
        void a_distributor_is_admitted_on_the_distributor_side() {
            fixture.given(CREATED).when(new AdmitMember(PROGRAM, DEALER, MemberSide.DISTRIBUTOR, cny("300000.00"),
                    cny("300000.00"), FUNDER)).expectEvents(DEALER_ADMITTED);
        }

        @Test
        void the_member_must_be_a_registered_party() {
            fixture.given(CREATED).when(admit(STRANGER, FUNDER)).expectException(refusedWith("party-not-registered"))
                    .expectNoEvents();
        }

        @Test
        void the_member_must_have_the_role_of_its_side() {
            fixture.given(CREATED).when(admit(DEALER, FUNDER)).expectException(refusedWith("party-role-missing"))
                    .expectNoEvents();
            fixture.given(CREATED).when(new AdmitMember(PROGRAM, SUPPLIER, MemberSide.DISTRIBUTOR, cny("1.00"),
                    cny("1.00"), FUNDER)).expectException(refusedWith("party-role-missing")).expectNoEvents();
        }

        @Test
        void the_funder_is_checked_before_the_member() {
            fixture.given(CREATED).when(admit(STRANGER, SUPPLIER)).expectException(refusedWith("not-permitted"))
                    .expectNoEvents();
        }

        @Test
        void an_expired_program_admits_nobody() {
            fixture.given(CREATED, new ProgramExpired(PROGRAM, TO, FUNDER)).when(admit(SUPPLIER, FUNDER))
                    .expectException(refusedWith("program-expired")).expectNoEvents();
        }

        @Test
        void a_cap_below_the_base_limit_is_malformed() {
            assertThatThrownBy(() -> new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, cny("2.00"), cny("1.00"), FUNDER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memberCap");
            assertThatThrownBy(() -> new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, Money.exact(
                    new BigDecimal("1.005"), CNY), cny("2.00"), FUNDER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseLimit");
        }

        @Test
        void the_funder_suspends_and_reinstates_a_member() {
            fixture.given(CREATED, SUPPLIER_ADMITTED).when(new SuspendMember(PROGRAM, SUPPLIER, "overdue elsewhere", FUNDER))
                    .expectEvents(new MemberSuspended(PROGRAM, SUPPLIER, "overdue elsewhere"));
            fixture.given(CREATED, SUPPLIER_ADMITTED, new MemberSuspended(PROGRAM, SUPPLIER, "overdue elsewhere"))
                    .when(new ReinstateMember(PROGRAM, SUPPLIER, "cleared", FUNDER))
                    .expectEvents(new MemberReinstated(PROGRAM, SUPPLIER, "cleared"));
        }

        @Test
        void only_the_funder_suspends() {
            fixture.given(CREATED, SUPPLIER_ADMITTED).when(new SuspendMember(PROGRAM, SUPPLIER, "why not", CORE))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        @Test
        void only_the_funder_reinstates() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, new MemberSuspended(PROGRAM, SUPPLIER, "overdue elsewhere"))
                    .when(new ReinstateMember(PROGRAM, SUPPLIER, "cleared", SUPPLIER))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        @Test
        void only_members_are_suspended() {
            fixture.given(CREATED).when(new SuspendMember(PROGRAM, SUPPLIER, "overdue elsewhere", FUNDER))
                    .expectException(refusedWith("member-not-admitted")).expectNoEvents();
        }

        @Test
        void a_suspended_member_is_not_suspended_again() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, new MemberSuspended(PROGRAM, SUPPLIER, "overdue elsewhere"))
                    .when(new SuspendMember(PROGRAM, SUPPLIER, "again", FUNDER))
                    .expectException(refusedWith("member-already-suspended")).expectNoEvents();
        }

        @Test
        void an_active_member_is_not_reinstated() {
            fixture.given(CREATED, SUPPLIER_ADMITTED).when(new ReinstateMember(PROGRAM, SUPPLIER, "cleared", FUNDER))
                    .expectException(refusedWith("member-not-suspended")).expectNoEvents();
        }

        @Test
        void the_funder_changes_a_members_limits() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new ChangeMemberLimits(PROGRAM, SUPPLIER, cny("600000.00"), cny("2500000.00"), DAY, FUNDER))
                    .expectEvents(new MemberLimitsChanged(PROGRAM, SUPPLIER, cny("600000.00"), cny("2500000.00"), DAY));
        }

        @Test
        void limits_lowered_under_the_drawn_principal_show_a_shortfall() {
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED}, drawn(F1, SUPPLIER, "400000.00")))
                    .when(new ChangeMemberLimits(PROGRAM, SUPPLIER, cny("250000.00"), cny("300000.00"), DAY, FUNDER))
                    .expectEvents(new MemberLimitsChanged(PROGRAM, SUPPLIER, cny("250000.00"), cny("300000.00"), DAY),
                            new MemberShortfallDetected(PROGRAM, SUPPLIER, cny("250000.00"), cny("0.00"),
                                    cny("400000.00"), cny("150000.00"), DAY));
        }

        @Test
        void limits_raised_over_the_drawn_principal_cure_the_shortfall() {
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED}, drawn(F1, SUPPLIER, "400000.00"),
                            new Object[] {new MemberLimitsChanged(PROGRAM, SUPPLIER, cny("250000.00"), cny("300000.00"), DAY),
                                    new MemberShortfallDetected(PROGRAM, SUPPLIER, cny("250000.00"), cny("0.00"),
                                            cny("400000.00"), cny("150000.00"), DAY)}))
                    .when(new ChangeMemberLimits(PROGRAM, SUPPLIER, cny("400000.00"), cny("400000.00"), DAY, FUNDER))
                    .expectEvents(new MemberLimitsChanged(PROGRAM, SUPPLIER, cny("400000.00"), cny("400000.00"), DAY),
                            new MemberShortfallCured(PROGRAM, SUPPLIER, cny("400000.00"), cny("0.00"), cny("400000.00"), DAY));
        }

        @Test
        void only_the_funder_changes_member_limits() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new ChangeMemberLimits(PROGRAM, SUPPLIER, cny("600000.00"), cny("2500000.00"), DAY, SUPPLIER))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        @Test
        void limits_of_a_non_member_do_not_change() {
            fixture.given(CREATED)
                    .when(new ChangeMemberLimits(PROGRAM, SUPPLIER, cny("600000.00"), cny("2500000.00"), DAY, FUNDER))
                    .expectException(refusedWith("member-not-admitted")).expectNoEvents();
        }
    }

    @Nested
    class Assets {

        AddAssetToLine rec1(PartyId member, PartyId acting) {
            return new AddAssetToLine(PROGRAM, member, "REC-1", AssetType.RECEIVABLE, cny("1000000.00"), DAY, acting);
        }

        @Test
        void the_member_adds_an_asset_at_the_programs_advance_rate() {
            fixture.given(CREATED, SUPPLIER_ADMITTED).when(rec1(SUPPLIER, SUPPLIER)).expectEvents(REC_1_ADDED);
        }

        @Test
        void the_contribution_is_rounded_half_even() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new AddAssetToLine(PROGRAM, SUPPLIER, "INV-1", AssetType.INVOICE, cny("1000.35"), DAY, FUNDER))
                    .expectEvents(new LineAssetAdded(PROGRAM, SUPPLIER, "INV-1", AssetType.INVOICE, cny("1000.35"),
                            AdvanceRate.percent("70"), cny("700.24"), DAY));
        }

        @Test
        void nobody_else_adds_assets_to_a_members_line() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, DEALER_ADMITTED).when(rec1(SUPPLIER, DEALER))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        @Test
        void an_ineligible_asset_type_is_refused() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new AddAssetToLine(PROGRAM, SUPPLIER, "M-1", AssetType.MORTGAGE, cny("300000.00"), DAY, SUPPLIER))
                    .expectException(refusedWith("asset-type-not-eligible")).expectNoEvents();
        }

        @Test
        void an_asset_counts_once_even_for_another_member() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, DEALER_ADMITTED, REC_1_ADDED).when(rec1(DEALER, DEALER))
                    .expectException(refusedWith("asset-already-on-line")).expectNoEvents();
        }

        @Test
        void only_members_have_lines() {
            fixture.given(CREATED).when(rec1(SUPPLIER, SUPPLIER)).expectException(refusedWith("member-not-admitted"))
                    .expectNoEvents();
        }

        @Test
        void an_ended_program_takes_no_assets() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new AddAssetToLine(PROGRAM, SUPPLIER, "REC-1", AssetType.RECEIVABLE, cny("1.00"), TO.plusDays(1),
                            SUPPLIER))
                    .expectException(refusedWith("program-expired")).expectNoEvents();
        }

        @Test
        void an_asset_in_another_currency_is_refused() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new AddAssetToLine(PROGRAM, SUPPLIER, "REC-1", AssetType.RECEIVABLE, Money.of("1.00", "USD"), DAY,
                            SUPPLIER))
                    .expectException(refusedWith("currency-mismatch")).expectNoEvents();
        }

        @Test
        void an_asset_added_under_a_shortfall_cures_it() {
            var shortfall = new MemberShortfallDetected(PROGRAM, SUPPLIER, cny("500000.00"), cny("0.00"), cny("1200000.00"),
                    cny("700000.00"), DAY);
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED, REC_1_ADDED}, drawn(F1, SUPPLIER, "1200000.00"),
                            new Object[] {new LineAssetRemoved(PROGRAM, SUPPLIER, "REC-1", AssetType.RECEIVABLE,
                                    cny("800000.00"), AssetRemovalReason.SETTLED, DAY, CORE), shortfall}))
                    .when(new AddAssetToLine(PROGRAM, SUPPLIER, "G-1", AssetType.GUARANTEE, cny("700000.00"), DAY, FUNDER))
                    .expectEvents(new LineAssetAdded(PROGRAM, SUPPLIER, "G-1", AssetType.GUARANTEE, cny("700000.00"),
                                    AdvanceRate.percent("100"), cny("700000.00"), DAY),
                            new MemberShortfallCured(PROGRAM, SUPPLIER, cny("1200000.00"), cny("0.00"), cny("1200000.00"),
                                    DAY));
        }

        @Test
        void removing_an_asset_under_no_drawn_principal_just_lowers_the_line() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, REC_1_ADDED)
                    .when(new RemoveAssetFromLine(PROGRAM, "REC-1", AssetRemovalReason.RELEASED, DAY, SUPPLIER))
                    .expectEvents(new LineAssetRemoved(PROGRAM, SUPPLIER, "REC-1", AssetType.RECEIVABLE, cny("800000.00"),
                            AssetRemovalReason.RELEASED, DAY, SUPPLIER));
        }

        @Test
        void a_settled_receivable_under_drawn_principal_shows_the_shortfall_with_its_figures() {
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED, REC_1_ADDED}, drawn(F1, SUPPLIER, "1000000.00"),
                            new Object[] {new DrawdownReserved(PROGRAM, F2, SUPPLIER, cny("200000.00"), DAY)}))
                    .when(new RemoveAssetFromLine(PROGRAM, "REC-1", AssetRemovalReason.SETTLED, DAY, CORE))
                    .expectEvents(new LineAssetRemoved(PROGRAM, SUPPLIER, "REC-1", AssetType.RECEIVABLE, cny("800000.00"),
                                    AssetRemovalReason.SETTLED, DAY, CORE),
                            new MemberShortfallDetected(PROGRAM, SUPPLIER, cny("500000.00"), cny("200000.00"),
                                    cny("1000000.00"), cny("700000.00"), DAY));
        }

        @Test
        void an_asset_not_on_any_line_is_not_removed() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new RemoveAssetFromLine(PROGRAM, "REC-1", AssetRemovalReason.EXPIRED, DAY, PartyId.OPERATOR))
                    .expectException(refusedWith("asset-not-on-line")).expectNoEvents();
        }

        @Test
        void another_member_does_not_remove_a_members_asset() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, DEALER_ADMITTED, REC_1_ADDED)
                    .when(new RemoveAssetFromLine(PROGRAM, "REC-1", AssetRemovalReason.RELEASED, DAY, DEALER))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        @Test
        void strangers_remove_nothing() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, REC_1_ADDED)
                    .when(new RemoveAssetFromLine(PROGRAM, "REC-1", AssetRemovalReason.RELEASED, DAY, STRANGER))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }
    }

    @Nested
    class Reserving {

        ReserveDrawdown reserve(FinancingId financing, PartyId member, String amount) {
            return new ReserveDrawdown(PROGRAM, financing, member, cny(amount), DAY, member);
        }

        @Test
        void a_member_reserves_up_to_its_limit() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, REC_1_ADDED).when(reserve(F1, SUPPLIER, "1300000.00"))
                    .expectEvents(new DrawdownReserved(PROGRAM, F1, SUPPLIER, cny("1300000.00"), DAY));
        }

        @Test
        void only_the_member_asks_for_its_own_drawdown() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new ReserveDrawdown(PROGRAM, F1, SUPPLIER, cny("1.00"), DAY, FUNDER))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        @Test
        void a_drawdown_over_the_member_limit_is_refused() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, REC_1_ADDED).when(reserve(F1, SUPPLIER, "1300000.01"))
                    .expectException(refusedWith("limit-exceeded")).expectNoEvents();
        }

        @Test
        void reserved_principal_counts_as_used() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, new DrawdownReserved(PROGRAM, F1, SUPPLIER, cny("400000.00"), DAY))
                    .when(reserve(F2, SUPPLIER, "100000.01"))
                    .expectException(refusedWith("limit-exceeded")).expectNoEvents();
        }

        @Test
        void a_drawdown_over_the_program_limit_is_refused() {
            var bigLine = new MemberAdmitted(PROGRAM, DEALER, MemberSide.DISTRIBUTOR, cny("6000000.00"), cny("6000000.00"));
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED, bigLine}, drawn(F1, SUPPLIER, "500000.00")))
                    .when(reserve(F2, DEALER, "4500000.01"))
                    .expectException(refusedWith("limit-exceeded")).expectNoEvents();
        }

        @Test
        void a_drawdown_that_fills_the_program_limit_exactly_is_reserved() {
            var bigLine = new MemberAdmitted(PROGRAM, DEALER, MemberSide.DISTRIBUTOR, cny("6000000.00"), cny("6000000.00"));
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED, bigLine}, drawn(F1, SUPPLIER, "500000.00")))
                    .when(reserve(F2, DEALER, "4500000.00"))
                    .expectEvents(new DrawdownReserved(PROGRAM, F2, DEALER, cny("4500000.00"), DAY));
        }

        @Test
        void a_suspended_member_draws_nothing() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, new MemberSuspended(PROGRAM, SUPPLIER, "overdue elsewhere"))
                    .when(reserve(F1, SUPPLIER, "1.00"))
                    .expectException(refusedWith("member-suspended")).expectNoEvents();
        }

        @Test
        void a_member_in_shortfall_draws_nothing_until_cured() {
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED, REC_1_ADDED}, drawn(F1, SUPPLIER, "1200000.00"),
                            new Object[] {new LineAssetRemoved(PROGRAM, SUPPLIER, "REC-1", AssetType.RECEIVABLE,
                                    cny("800000.00"), AssetRemovalReason.SETTLED, DAY, CORE),
                                    new MemberShortfallDetected(PROGRAM, SUPPLIER, cny("500000.00"), cny("0.00"),
                                            cny("1200000.00"), cny("700000.00"), DAY)}))
                    .when(reserve(F2, SUPPLIER, "1.00"))
                    .expectException(refusedWith("member-shortfall")).expectNoEvents();
        }

        @Test
        void nothing_is_drawn_after_the_program_ends() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new ReserveDrawdown(PROGRAM, F1, SUPPLIER, cny("1.00"), TO.plusDays(1), SUPPLIER))
                    .expectException(refusedWith("program-expired")).expectNoEvents();
        }

        @Test
        void nothing_is_drawn_once_the_program_is_expired() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, new ProgramExpired(PROGRAM, TO, FUNDER))
                    .when(reserve(F1, SUPPLIER, "1.00"))
                    .expectException(refusedWith("program-expired")).expectNoEvents();
        }

        @Test
        void nothing_is_drawn_before_the_program_begins() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new ReserveDrawdown(PROGRAM, F1, SUPPLIER, cny("1.00"), FROM.minusDays(1), SUPPLIER))
                    .expectException(refusedWith("program-not-yet-valid")).expectNoEvents();
        }

        @Test
        void a_financing_reserves_once() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, new DrawdownReserved(PROGRAM, F1, SUPPLIER, cny("1.00"), DAY))
                    .when(reserve(F1, SUPPLIER, "1.00"))
                    .expectException(refusedWith("financing-already-reserved")).expectNoEvents();
        }

        @Test
        void a_non_member_draws_nothing() {
            fixture.given(CREATED).when(reserve(F1, SUPPLIER, "1.00"))
                    .expectException(refusedWith("member-not-admitted")).expectNoEvents();
        }

        @Test
        void a_drawdown_in_another_currency_is_refused() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new ReserveDrawdown(PROGRAM, F1, SUPPLIER, Money.of("1.00", "USD"), DAY, SUPPLIER))
                    .expectException(refusedWith("currency-mismatch")).expectNoEvents();
        }

        @Test
        void a_zero_drawdown_is_malformed() {
            assertThatThrownBy(() -> new ReserveDrawdown(PROGRAM, F1, SUPPLIER, cny("0.00"), DAY, SUPPLIER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
            assertThatThrownBy(() -> new ReserveDrawdown(PROGRAM, F1, SUPPLIER, cny("1.00"), null, SUPPLIER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("businessDate");
        }
    }

    @Nested
    class ReleasingDrawingRepaying {

        final DrawdownReserved reserved = new DrawdownReserved(PROGRAM, F1, SUPPLIER, cny("400000.00"), DAY);

        @Test
        void the_member_releases_its_reservation() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, reserved)
                    .when(new ReleaseReservation(PROGRAM, F1, "withdrawn", DAY, SUPPLIER))
                    .expectEvents(new ReservationReleased(PROGRAM, F1, SUPPLIER, cny("400000.00"), "withdrawn", DAY, SUPPLIER));
        }

        @Test
        void the_funder_releases_a_declined_reservation() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, reserved)
                    .when(new ReleaseReservation(PROGRAM, F1, "declined", DAY, FUNDER))
                    .expectEvents(new ReservationReleased(PROGRAM, F1, SUPPLIER, cny("400000.00"), "declined", DAY, FUNDER));
        }

        @Test
        void another_member_does_not_release_it() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, DEALER_ADMITTED, reserved)
                    .when(new ReleaseReservation(PROGRAM, F1, "mischief", DAY, DEALER))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        @Test
        void an_unknown_reservation_is_not_released() {
            fixture.given(CREATED, SUPPLIER_ADMITTED)
                    .when(new ReleaseReservation(PROGRAM, F1, "withdrawn", DAY, SUPPLIER))
                    .expectException(refusedWith("reservation-not-found")).expectNoEvents();
        }

        @Test
        void a_released_reservation_cures_a_shortfall() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, REC_1_ADDED, new DrawdownReserved(PROGRAM, F1, SUPPLIER,
                                    cny("1300000.00"), DAY),
                            new LineAssetRemoved(PROGRAM, SUPPLIER, "REC-1", AssetType.RECEIVABLE, cny("800000.00"),
                                    AssetRemovalReason.EXPIRED, DAY, PartyId.OPERATOR),
                            new MemberShortfallDetected(PROGRAM, SUPPLIER, cny("500000.00"), cny("1300000.00"),
                                    cny("0.00"), cny("800000.00"), DAY))
                    .when(new ReleaseReservation(PROGRAM, F1, "declined", DAY, FUNDER))
                    .expectEvents(new ReservationReleased(PROGRAM, F1, SUPPLIER, cny("1300000.00"), "declined", DAY, FUNDER),
                            new MemberShortfallCured(PROGRAM, SUPPLIER, cny("500000.00"), cny("0.00"), cny("0.00"), DAY));
        }

        @Test
        void the_funder_draws_the_reservation_on_disbursement() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, reserved).when(new DrawReserved(PROGRAM, F1, DAY, FUNDER))
                    .expectEvents(new PrincipalDrawn(PROGRAM, F1, SUPPLIER, cny("400000.00"), DAY));
        }

        @Test
        void only_the_funder_disburses() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, reserved).when(new DrawReserved(PROGRAM, F1, DAY, SUPPLIER))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        @Test
        void a_reservation_is_drawn_once() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, reserved, new PrincipalDrawn(PROGRAM, F1, SUPPLIER, cny("400000.00"), DAY))
                    .when(new DrawReserved(PROGRAM, F1, DAY, FUNDER))
                    .expectException(refusedWith("reservation-not-found")).expectNoEvents();
        }

        @Test
        void nothing_is_disbursed_after_the_program_ends() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, reserved).when(new DrawReserved(PROGRAM, F1, TO.plusDays(1), FUNDER))
                    .expectException(refusedWith("program-expired")).expectNoEvents();
        }

        @Test
        void the_funder_records_principal_repaid_and_the_line_revolves() {
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED}, drawn(F1, SUPPLIER, "500000.00")))
                    .when(new RecordPrincipalRepaid(PROGRAM, F1, cny("200000.00"), DAY, FUNDER))
                    .expectEvents(new PrincipalRepaid(PROGRAM, F1, SUPPLIER, cny("200000.00"), cny("300000.00"), DAY));
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED}, drawn(F1, SUPPLIER, "500000.00"),
                            new Object[] {new PrincipalRepaid(PROGRAM, F1, SUPPLIER, cny("200000.00"), cny("300000.00"), DAY)}))
                    .when(new ReserveDrawdown(PROGRAM, F2, SUPPLIER, cny("200000.00"), DAY, SUPPLIER))
                    .expectEvents(new DrawdownReserved(PROGRAM, F2, SUPPLIER, cny("200000.00"), DAY));
        }

        @Test
        void a_repayment_cures_a_shortfall() {
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED, REC_1_ADDED}, drawn(F1, SUPPLIER, "1200000.00"),
                            new Object[] {new LineAssetRemoved(PROGRAM, SUPPLIER, "REC-1", AssetType.RECEIVABLE,
                                    cny("800000.00"), AssetRemovalReason.SETTLED, DAY, CORE),
                                    new MemberShortfallDetected(PROGRAM, SUPPLIER, cny("500000.00"), cny("0.00"),
                                            cny("1200000.00"), cny("700000.00"), DAY)}))
                    .when(new RecordPrincipalRepaid(PROGRAM, F1, cny("700000.00"), DAY, FUNDER))
                    .expectEvents(new PrincipalRepaid(PROGRAM, F1, SUPPLIER, cny("700000.00"), cny("500000.00"), DAY),
                            new MemberShortfallCured(PROGRAM, SUPPLIER, cny("500000.00"), cny("0.00"), cny("500000.00"), DAY));
        }

        @Test
        void a_partial_repayment_under_a_shortfall_reports_nothing_more() {
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED, REC_1_ADDED}, drawn(F1, SUPPLIER, "1200000.00"),
                            new Object[] {new LineAssetRemoved(PROGRAM, SUPPLIER, "REC-1", AssetType.RECEIVABLE,
                                    cny("800000.00"), AssetRemovalReason.SETTLED, DAY, CORE),
                                    new MemberShortfallDetected(PROGRAM, SUPPLIER, cny("500000.00"), cny("0.00"),
                                            cny("1200000.00"), cny("700000.00"), DAY)}))
                    .when(new RecordPrincipalRepaid(PROGRAM, F1, cny("100000.00"), DAY, FUNDER))
                    .expectEvents(new PrincipalRepaid(PROGRAM, F1, SUPPLIER, cny("100000.00"), cny("1100000.00"), DAY));
        }

        @Test
        void only_the_funder_records_repayments() {
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED}, drawn(F1, SUPPLIER, "500000.00")))
                    .when(new RecordPrincipalRepaid(PROGRAM, F1, cny("200000.00"), DAY, SUPPLIER))
                    .expectException(refusedWith("not-permitted")).expectNoEvents();
        }

        @Test
        void more_than_the_outstanding_principal_is_not_repaid() {
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED}, drawn(F1, SUPPLIER, "500000.00")))
                    .when(new RecordPrincipalRepaid(PROGRAM, F1, cny("500000.01"), DAY, FUNDER))
                    .expectException(refusedWith("repayment-exceeds-outstanding")).expectNoEvents();
        }

        @Test
        void a_reserved_but_undrawn_financing_has_nothing_to_repay() {
            fixture.given(CREATED, SUPPLIER_ADMITTED, reserved)
                    .when(new RecordPrincipalRepaid(PROGRAM, F1, cny("1.00"), DAY, FUNDER))
                    .expectException(refusedWith("financing-not-drawn")).expectNoEvents();
        }

        @Test
        void a_repayment_in_another_currency_is_refused() {
            fixture.given(concat(new Object[] {CREATED, SUPPLIER_ADMITTED}, drawn(F1, SUPPLIER, "500000.00")))
                    .when(new RecordPrincipalRepaid(PROGRAM, F1, Money.of("1.00", "USD"), DAY, FUNDER))
                    .expectException(refusedWith("currency-mismatch")).expectNoEvents();
        }
    }
}
