package org.scfledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.commands.testing.Parties;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.DrawingPower.Binding;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.ChangeMemberLimits;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.ExpireProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.program.SuspendMember;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.creditline.DrawingBlock;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.creditline.ProgramLineView;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.financing.RepaymentPosition;
import org.scfledger.projections.query.CoreEnterpriseExposure;
import org.scfledger.projections.query.CoreEnterpriseExposure.CurrencyTotal;
import org.scfledger.projections.query.FinancingFilter;
import org.scfledger.projections.query.FinancingTotals;
import org.scfledger.projections.query.MemberLineFilter;
import org.scfledger.projections.query.Page;
import org.scfledger.projections.query.PageRequest;
import org.scfledger.projections.query.ProgramLineFilter;
import org.scfledger.projections.query.Queries;
import org.scfledger.projections.query.ReceivableFilter;
import org.scfledger.projections.query.TotalsBy;
import org.scfledger.projections.testing.ReadSideHarness;

/**
 * The read side's lists and the query bus: members' lines and programs filtered and paged by key, the funder's
 * monitoring filters (suspended, shortfall, expired), the same answers through Axon's query bus (with the ledger's
 * business date when none is given), and the same views again after the read models are rebuilt from the journal.
 *
 * <p>Three programs: core-1 with bank-a (1 000 000.00) and with bank-b (300 000.00), core-2 with bank-a (200 000.00,
 * expired on 2024-06-30). 4.35 % ACT/360.
 */
class ReadModelQueriesIT {

    static final PartyId CORE_1 = PartyId.of("core-1");
    static final PartyId CORE_2 = PartyId.of("core-2");
    static final PartyId BANK_A = PartyId.of("bank-a");
    static final PartyId BANK_B = PartyId.of("bank-b");
    static final PartyId SUPPLIER_1 = PartyId.of("supplier-1");
    static final PartyId SUPPLIER_2 = PartyId.of("supplier-2");
    static final PartyId SUPPLIER_3 = PartyId.of("supplier-3");
    static final PartyId DEALER_1 = PartyId.of("dealer-1");
    static final PartyId DEALER_2 = PartyId.of("dealer-2");
    static final ProgramId CORE1_A = ProgramId.of("qa-core1-bank-a");
    static final ProgramId CORE1_B = ProgramId.of("qa-core1-bank-b");
    static final ProgramId CORE2_A = ProgramId.of("qa-core2-bank-a");
    static final FinancingId DRAWN = FinancingId.of("Q-1");
    static final FinancingId RESERVED = FinancingId.of("Q-2");

    static final LocalDate MAR_01 = LocalDate.parse("2024-03-01");
    static final LocalDate APR_01 = LocalDate.parse("2024-04-01");
    static final LocalDate JUN_30 = LocalDate.parse("2024-06-30");
    static final LocalDate MATURITY = LocalDate.parse("2024-08-29");

    final ReadSideHarness ledger = new ReadSideHarness();
    final CommandGateway gateway = ledger.gateway();

    @AfterEach
    void stop() {
        ledger.close();
    }

    @Test
    void lines_and_programs_filtered_and_paged_by_key_the_same_through_the_query_bus_and_after_a_rebuild() {
        history();

        // core-1 / bank-a: supplier-2 drew 120 000.00, then its limits were cut to 100 000.00: shortfall 20 000.00.
        // supplier-1 has 10 000.00 reserved. Utilised 130 000.00, program available 870 000.00.
        MemberLineView s1 = line(CORE1_A, SUPPLIER_1);
        assertUse(s1, "100000.00", "10000.00", "0.00", "90000.00", "870000.00", "90000.00", Binding.MEMBER, "0.00", null);
        MemberLineView s2 = line(CORE1_A, SUPPLIER_2);
        assertUse(s2, "100000.00", "0.00", "120000.00", "0.00", "870000.00", "0.00", Binding.MEMBER, "20000.00",
                DrawingBlock.SHORTFALL);
        assertThat(s2.lastBusinessDate()).isEqualTo(APR_01);
        MemberLineView s3 = line(CORE1_A, SUPPLIER_3);
        assertUse(s3, "60000.00", "0.00", "0.00", "60000.00", "870000.00", "60000.00", Binding.MEMBER, "0.00", null);
        MemberLineView d1 = line(CORE1_A, DEALER_1);
        assertUse(d1, "80000.00", "0.00", "0.00", "80000.00", "870000.00", "80000.00", Binding.MEMBER, "0.00", null);
        assertThat(d1.capBinds()).as("cap 120 000.00 above the base limit").isFalse();
        // suspended: its figures stand, but it can draw nothing
        MemberLineView d2 = line(CORE1_A, DEALER_2);
        assertUse(d2, "50000.00", "0.00", "0.00", "50000.00", "870000.00", "0.00", Binding.MEMBER, "0.00",
                DrawingBlock.MEMBER_SUSPENDED);
        assertThat(d2.suspensionReason()).isEqualTo("overdue with another funder");
        // an expired program lends no more, whatever is available
        MemberLineView d1Expired = line(CORE2_A, DEALER_1);
        assertUse(d1Expired, "20000.00", "0.00", "0.00", "20000.00", "200000.00", "0.00", Binding.MEMBER, "0.00",
                DrawingBlock.PROGRAM_EXPIRED);
        MemberLineView s1OtherFunder = line(CORE1_B, SUPPLIER_1);
        assertUse(s1OtherFunder, "40000.00", "0.00", "0.00", "40000.00", "300000.00", "40000.00", Binding.MEMBER,
                "0.00", null);

        // one program's lines, two per page, by key (program / member id): dealers first
        Page<MemberLineView> first = ledger.queries.memberLines(MemberLineFilter.ofProgram(CORE1_A), PageRequest.first(2));
        assertThat(first.items()).containsExactly(d1, d2);
        assertThat(first.next()).isEqualTo("program:qa-core1-bank-a/party:dealer-2");
        Page<MemberLineView> second = ledger.queries.memberLines(MemberLineFilter.ofProgram(CORE1_A),
                new PageRequest(first.next(), 2));
        assertThat(second.items()).containsExactly(s1, s2);
        Page<MemberLineView> third = ledger.queries.memberLines(MemberLineFilter.ofProgram(CORE1_A),
                new PageRequest(second.next(), 2));
        assertThat(third.items()).containsExactly(s3);
        assertThat(third.next()).isNull();

        // one member across its programs; the funder's monitoring filters
        assertThat(lines(MemberLineFilter.ofMember(SUPPLIER_1))).containsExactly(s1, s1OtherFunder);
        assertThat(lines(MemberLineFilter.ofMember(DEALER_1))).containsExactly(d1, d1Expired);
        assertThat(lines(new MemberLineFilter(CORE1_A, null, MemberSide.SUPPLIER, null, null)))
                .containsExactly(s1, s2, s3);
        assertThat(lines(new MemberLineFilter(null, null, null, true, null))).containsExactly(d2);
        assertThat(lines(new MemberLineFilter(null, null, null, null, true))).containsExactly(s2);
        assertThat(lines(new MemberLineFilter(CORE1_A, null, MemberSide.DISTRIBUTOR, false, false)))
                .containsExactly(d1);

        // programs, two per page; by core enterprise, funder, expiry
        ProgramLineView a = ledger.queries.programLine(CORE1_A).orElseThrow();
        ProgramLineView b = ledger.queries.programLine(CORE1_B).orElseThrow();
        ProgramLineView c = ledger.queries.programLine(CORE2_A).orElseThrow();
        assertThat(a.utilised()).isEqualTo(cny("130000.00"));
        assertThat(a.available()).isEqualTo(cny("870000.00"));
        assertThat(a.members()).isEqualTo(5);
        assertThat(c.expiredOn()).isEqualTo(JUN_30);
        Page<ProgramLineView> programs = ledger.queries.programLines(ProgramLineFilter.all(), PageRequest.first(2));
        assertThat(programs.items()).containsExactly(a, b);
        assertThat(programs.next()).isEqualTo("program:qa-core1-bank-b");
        assertThat(ledger.queries.programLines(ProgramLineFilter.all(), new PageRequest(programs.next(), 2)).items())
                .containsExactly(c);
        assertThat(programs(new ProgramLineFilter(CORE_1, null, null))).containsExactly(a, b);
        assertThat(programs(new ProgramLineFilter(null, BANK_A, null))).containsExactly(a, c);
        assertThat(programs(new ProgramLineFilter(null, null, true))).containsExactly(c);
        assertThat(programs(new ProgramLineFilter(null, BANK_A, false))).containsExactly(a);

        // core-1 against both funders: 1 300 000.00 of limits, 130 000.00 used, 1 170 000.00 free
        CoreEnterpriseExposure core1 = ledger.queries.coreEnterprise(CORE_1);
        assertThat(core1.totals()).containsExactly(new CurrencyTotal("CNY", 2, 2, cny("1300000.00"),
                cny("130000.00"), cny("1170000.00")));

        // supplier-2's bullet valued on the ledger's business date (the harness clock, 2024-06-30): 121 days of
        // interest accrued, 120 000 × 0.0435 × 121 / 360 = 1754.50
        FinancingView drawn = ledger.queries.financing(DRAWN, JUN_30).orElseThrow();
        assertThat(drawn.position()).isEqualTo(new RepaymentPosition(JUN_30, cny("120000.00"), cny("0.00"),
                cny("0.00"), cny("0.00"), cny("0.00"), cny("1754.50"), cny("0.00"), cny("121754.50"), 0,
                AgeingBucket.CURRENT));

        // The same answers on the query bus; a financing's date defaults to the ledger's business date.
        QueryGateway bus = ledger.axon.queryGateway();
        assertThat(bus.query(new Queries.MemberLine(CORE1_A, SUPPLIER_2),
                ResponseTypes.optionalInstanceOf(MemberLineView.class)).join()).contains(s2);
        assertThat(bus.query(new Queries.MemberLines(MemberLineFilter.ofProgram(CORE1_A), PageRequest.first(2)),
                ResponseTypes.instanceOf(Page.class)).join()).isEqualTo(first);
        assertThat(bus.query(new Queries.ProgramLine(CORE2_A), ResponseTypes.optionalInstanceOf(ProgramLineView.class))
                .join()).contains(c);
        assertThat(bus.query(new Queries.ProgramLines(ProgramLineFilter.all(), PageRequest.first(2)),
                ResponseTypes.instanceOf(Page.class)).join()).isEqualTo(programs);
        assertThat(bus.query(new Queries.CoreEnterprise(CORE_1), ResponseTypes.instanceOf(CoreEnterpriseExposure.class))
                .join()).isEqualTo(core1);
        assertThat(bus.query(new Queries.Financing(DRAWN, null), ResponseTypes.optionalInstanceOf(FinancingView.class))
                .join()).contains(drawn);
        assertThat(bus.query(new Queries.Financings(FinancingFilter.ofProgram(CORE1_A), null, PageRequest.first(10)),
                ResponseTypes.instanceOf(Page.class)).join())
                .isEqualTo(ledger.queries.financings(FinancingFilter.ofProgram(CORE1_A), JUN_30, PageRequest.first(10)));
        assertThat(bus.query(new Queries.Receivables(ReceivableFilter.all(), PageRequest.first(10)),
                ResponseTypes.instanceOf(Page.class)).join()).isEqualTo(new Page<>(List.of(), null));
        List<FinancingTotals> totals = bus.query(new Queries.Totals(FinancingFilter.all(), TotalsBy.FUNDER, null),
                ResponseTypes.multipleInstancesOf(FinancingTotals.class)).join();
        assertThat(totals).isEqualTo(ledger.queries.financingTotals(FinancingFilter.all(), TotalsBy.FUNDER, JUN_30));
        assertThat(totals).singleElement().satisfies(t -> {
            assertThat(t.group()).isEqualTo("party:bank-a");
            assertThat(t.financings()).as("the drawn one and the reserved one").isEqualTo(2);
            assertThat(t.open()).isEqualTo(1);
            assertThat(t.outstandingPrincipal()).isEqualTo(cny("120000.00"));
        });

        // An auditor's replay, and the read models rebuilt from the journal, show the same.
        List<MemberLineView> before = lines(MemberLineFilter.all());
        for (MemberLineView line : before) {
            assertThat(ledger.asOf.memberLine(line.programId(), line.member(), AsOf.head())).contains(line);
        }
        for (ProgramLineView program : List.of(a, b, c)) {
            assertThat(ledger.asOf.programLine(program.programId(), AsOf.head())).contains(program);
        }
        assertThat(ledger.asOf.financing(DRAWN, AsOf.head(), JUN_30)).contains(drawn);
        ReadSide.rebuild(ledger.axon);
        ledger.awaitCaughtUp();
        assertThat(lines(MemberLineFilter.all())).isEqualTo(before);
        assertThat(programs(ProgramLineFilter.all())).containsExactly(a, b, c);
        assertThat(ledger.queries.financing(DRAWN, JUN_30)).contains(drawn);
        assertThat(ledger.queries.programLine(ProgramId.of("nowhere"))).isEqualTo(Optional.empty());
    }

    // ------------------------------------------------------------------ the history

    private void history() {
        Parties.forProgram(gateway, CORE_1, BANK_A, SUPPLIER_1, SUPPLIER_2, SUPPLIER_3, DEALER_1, DEALER_2);
        Parties.cores(gateway, CORE_2);
        Parties.funders(gateway, BANK_B);
        gateway.sendAndWait(program(CORE1_A, CORE_1, BANK_A, "1000000.00", "2024-12-31"));
        gateway.sendAndWait(program(CORE1_B, CORE_1, BANK_B, "300000.00", "2024-12-31"));
        gateway.sendAndWait(program(CORE2_A, CORE_2, BANK_A, "200000.00", "2024-06-30"));
        admit(CORE1_A, SUPPLIER_1, MemberSide.SUPPLIER, "100000.00", "100000.00", BANK_A);
        admit(CORE1_A, SUPPLIER_2, MemberSide.SUPPLIER, "150000.00", "150000.00", BANK_A);
        admit(CORE1_A, SUPPLIER_3, MemberSide.SUPPLIER, "60000.00", "60000.00", BANK_A);
        admit(CORE1_A, DEALER_1, MemberSide.DISTRIBUTOR, "80000.00", "120000.00", BANK_A);
        admit(CORE1_A, DEALER_2, MemberSide.DISTRIBUTOR, "50000.00", "50000.00", BANK_A);
        admit(CORE1_B, SUPPLIER_1, MemberSide.SUPPLIER, "40000.00", "40000.00", BANK_B);
        admit(CORE2_A, DEALER_1, MemberSide.DISTRIBUTOR, "20000.00", "20000.00", BANK_A);

        gateway.sendAndWait(new RequestDrawdown(DRAWN, CORE1_A, SUPPLIER_2, cny("120000.00"), RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(MATURITY), MAR_01, SUPPLIER_2));
        gateway.sendAndWait(DecideFinancing.approve(DRAWN, MAR_01, BANK_A));
        gateway.sendAndWait(new DisburseFinancing(DRAWN, MAR_01, BANK_A));
        gateway.sendAndWait(new RequestDrawdown(RESERVED, CORE1_A, SUPPLIER_1, cny("10000.00"),
                RepaymentMethod.BULLET, FinancingTenor.maturingOn(MATURITY), MAR_01, SUPPLIER_1));
        // the funder cuts supplier-2's limits under what it drew
        gateway.sendAndWait(new ChangeMemberLimits(CORE1_A, SUPPLIER_2, cny("100000.00"), cny("100000.00"), APR_01,
                BANK_A));
        gateway.sendAndWait(new SuspendMember(CORE1_A, DEALER_2, "overdue with another funder", BANK_A));
        gateway.sendAndWait(new ExpireProgram(CORE2_A, JUN_30, BANK_A));
        ledger.awaitCaughtUp();
    }

    private static CreateProgram program(ProgramId id, PartyId core, PartyId funder, String limit, String validTo) {
        return new CreateProgram(id, core, funder, Currency.getInstance("CNY"), cny(limit),
                LocalDate.parse("2024-01-01"), LocalDate.parse(validTo), AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent("4.35")), 200, new BigDecimal("0.5"), funder);
    }

    private void admit(ProgramId program, PartyId member, MemberSide side, String base, String cap, PartyId funder) {
        gateway.sendAndWait(new AdmitMember(program, member, side, cny(base), cny(cap), funder));
    }

    // ------------------------------------------------------------------ helpers

    private MemberLineView line(ProgramId program, PartyId member) {
        return ledger.queries.memberLine(program, member).orElseThrow();
    }

    private List<MemberLineView> lines(MemberLineFilter filter) {
        return ledger.queries.memberLines(filter, PageRequest.first(100)).items();
    }

    private List<ProgramLineView> programs(ProgramLineFilter filter) {
        return ledger.queries.programLines(filter, PageRequest.first(100)).items();
    }

    /** limit, reserved, outstanding, available, program available, can draw now, binding line, shortfall, block. */
    private static void assertUse(MemberLineView line, String limit, String reserved, String outstanding,
            String available, String programAvailable, String canDrawNow, Binding binding, String shortfall,
            DrawingBlock blockedBy) {
        assertThat(line.memberLimit()).as("limit").isEqualTo(cny(limit));
        assertThat(line.reservedPrincipal()).as("reserved").isEqualTo(cny(reserved));
        assertThat(line.outstandingPrincipal()).as("outstanding").isEqualTo(cny(outstanding));
        assertThat(line.used()).as("used").isEqualTo(cny(reserved).plus(cny(outstanding)));
        assertThat(line.available()).as("available").isEqualTo(cny(available));
        assertThat(line.programAvailable()).as("program available").isEqualTo(cny(programAvailable));
        assertThat(line.canDrawNow()).as("can draw now").isEqualTo(cny(canDrawNow));
        assertThat(line.bindingLine()).as("binding line").isEqualTo(binding);
        assertThat(line.shortfall()).as("shortfall").isEqualTo(cny(shortfall));
        assertThat(line.blockedBy()).as("blocked by").isEqualTo(blockedBy);
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
