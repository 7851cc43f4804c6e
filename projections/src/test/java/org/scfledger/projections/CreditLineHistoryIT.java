package org.scfledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.commands.testing.Parties;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.CollateralKind;
import org.scfledger.core.collateral.ExpireCollateral;
import org.scfledger.core.collateral.PledgeCollateral;
import org.scfledger.core.collateral.ReleaseCollateral;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.AssetContribution;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.credit.Concentration;
import org.scfledger.core.credit.DrawingPower.Binding;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.pledge.PledgeAssetToLine;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;
import org.scfledger.core.trade.TaxAuthorityVerdict;
import org.scfledger.core.trade.VerifyInvoice;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.creditline.DrawingBlock;
import org.scfledger.projections.creditline.MemberExposure;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.creditline.ProgramLineView;
import org.scfledger.projections.query.CoreEnterpriseExposure;
import org.scfledger.projections.query.CoreEnterpriseExposure.CurrencyTotal;
import org.scfledger.projections.query.MemberLineFilter;
import org.scfledger.projections.query.PageRequest;
import org.scfledger.projections.testing.ReadSideHarness;

/**
 * One N+1+N program through the write side, its credit lines asserted to the cent at each step: one core enterprise,
 * two suppliers and two distributors, lines raised by a guarantee, a warehouse receipt, a purchase order (revalued when
 * invoiced), an invoice, a mortgage and a confirmed receivable; drawdowns, a repayment, a reservation; the guarantee
 * expires under a drawn line (shortfall), the mortgage is released; and a second program of the same core enterprise
 * with another funder, where the program line binds.
 *
 * <p>Program {@value #PROGRAM_LIMIT} CNY at 4.35 % ACT/360, default advance rates (receivable 80 %, invoice 70 %,
 * order 40 %, goods 60 %, guarantee 100 %, mortgage 60 %); every contribution is round_half_even(value × rate).
 */
class CreditLineHistoryIT {

    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK_A = PartyId.of("bank-a");
    static final PartyId BANK_B = PartyId.of("bank-b");
    static final PartyId SUPPLIER_A = PartyId.of("supplier-a");
    static final PartyId SUPPLIER_B = PartyId.of("supplier-b");
    static final PartyId DEALER_C = PartyId.of("dealer-c");
    static final PartyId DEALER_D = PartyId.of("dealer-d");
    static final PartyId WAREHOUSE = PartyId.of("warehouse-9");

    static final ProgramId PROGRAM = ProgramId.of("prog-core1-a");
    static final ProgramId OTHER_PROGRAM = ProgramId.of("prog-core1-b");
    static final String PROGRAM_LIMIT = "2000000.00";

    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-12-31");
    static final LocalDate PLEDGED = LocalDate.parse("2026-03-02");
    static final LocalDate DRAWN = LocalDate.parse("2026-03-16");
    static final LocalDate MATURITY = LocalDate.parse("2026-09-10");
    static final LocalDate FIRST_DUE = LocalDate.parse("2026-04-16");
    static final LocalDate GUARANTEE_EXPIRES = LocalDate.parse("2026-04-30");
    static final LocalDate MORTGAGE_RELEASED = LocalDate.parse("2026-05-04");

    static final CollateralId GUARANTEE = CollateralId.of("GTE-A");
    static final CollateralId RECEIPT = CollateralId.of("WR-A");
    static final CollateralId MORTGAGE = CollateralId.of("MTG-C");
    static final OrderId ORDER_A = OrderId.of("2026-0301");
    static final OrderId ORDER_B = OrderId.of("2026-0302");
    static final ReceivableId RECEIVABLE_B = ReceivableId.of("AR-B-0001");
    static final String TAX_ID_A = "91310000MA1K4XYZ2B";
    static final String TAX_ID_B = "91440300MA5FQ2N7BM";

    static final FinancingId DRAW_A = FinancingId.of("F-A");
    static final FinancingId DRAW_B = FinancingId.of("F-B");
    static final FinancingId RESERVE_C = FinancingId.of("F-C");
    static final FinancingId DRAW_OTHER = FinancingId.of("F-OA");

    final ReadSideHarness ledger = new ReadSideHarness();
    final CommandGateway gateway = ledger.gateway();
    InvoiceId invoiceA;
    InvoiceId invoiceB;

    @AfterEach
    void stop() {
        ledger.close();
    }

    @Test
    void assets_raise_the_lines_drawdowns_use_them_and_an_expired_guarantee_leaves_a_shortfall() {
        setUpProgramAndMembers();
        pledgeAssets();
        ledger.awaitCaughtUp();

        // supplier-a: 150 000.00 guarantee × 100 % + 123 456.78 receipt × 60 % = 74 074.068 → 74 074.07
        // + order 250 000.00 less the 1 000.35 invoiced against it = 248 999.65 × 40 % = 99 599.86
        // + invoice 1 000.35 × 70 % = 700.245 → 700.24 (half-even) = 324 374.17 uplift; 200 000 + 324 374.17 < cap
        MemberLineView a = line(SUPPLIER_A);
        assertThat(a.contributions()).containsExactly(
                contribution(GUARANTEE.toString(), AssetType.GUARANTEE, "150000.00", "100", "150000.00"),
                contribution(RECEIPT.toString(), AssetType.GOODS, "123456.78", "60", "74074.07"),
                contribution(ORDER_A.toString(), AssetType.PURCHASE_ORDER, "248999.65", "40", "99599.86"),
                contribution(invoiceA.toString(), AssetType.INVOICE, "1000.35", "70", "700.24"));
        assertLine(a, "200000.00", "600000.00", "324374.17", "524374.17", false);
        assertUse(a, "0.00", "0.00", "524374.17", "2000000.00", "524374.17", Binding.MEMBER, "0.00", null);

        // supplier-b: confirmed receivable 113 000.00 × 80 % = 90 400.00; 100 000 + 90 400 = 190 400 > cap 150 000
        MemberLineView b = line(SUPPLIER_B);
        assertThat(b.contributions()).containsExactly(
                contribution(RECEIVABLE_B.toString(), AssetType.RECEIVABLE, "113000.00", "80", "90400.00"));
        assertLine(b, "100000.00", "150000.00", "90400.00", "150000.00", true);
        assertUse(b, "0.00", "0.00", "150000.00", "2000000.00", "150000.00", Binding.MEMBER, "0.00", null);

        // dealer-c: mortgage 300 000.00 × 60 % = 180 000.00; 300 000 + 180 000 = 480 000 < cap 500 000
        MemberLineView c = line(DEALER_C);
        assertThat(c.contributions()).containsExactly(
                contribution(MORTGAGE.toString(), AssetType.MORTGAGE, "300000.00", "60", "180000.00"));
        assertLine(c, "300000.00", "500000.00", "180000.00", "480000.00", false);

        // dealer-d: no assets, its base limit (= its cap)
        MemberLineView d = line(DEALER_D);
        assertThat(d.contributions()).isEmpty();
        assertLine(d, "80000.00", "80000.00", "0.00", "80000.00", false);
        assertUse(d, "0.00", "0.00", "80000.00", "2000000.00", "80000.00", Binding.MEMBER, "0.00", null);

        drawdownsAndARepayment();
        ledger.awaitCaughtUp();

        // Used: a 500 000.00 drawn, b 120 000.00 drawn − 40 000.00 repaid = 80 000.00, c 100 000.00 reserved, d 0.
        // Program: 2 000 000 − 680 000 = 1 320 000.00 available.
        MemberLineView aDrawn = line(SUPPLIER_A);
        assertUse(aDrawn, "0.00", "500000.00", "24374.17", "1320000.00", "24374.17", Binding.MEMBER, "0.00", null);
        assertUse(line(SUPPLIER_B), "0.00", "80000.00", "70000.00", "1320000.00", "70000.00", Binding.MEMBER, "0.00",
                null);
        assertUse(line(DEALER_C), "100000.00", "0.00", "380000.00", "1320000.00", "380000.00", Binding.MEMBER, "0.00",
                null);
        long beforeExpiry = ledger.journal.head().size();

        // The guarantee expires under the drawn line: 524 374.17 − 150 000.00 = 374 374.17 < 500 000.00 used,
        // shortfall 125 625.83, nothing available, no drawing until it is cured.
        gateway.sendAndWait(new ExpireCollateral(GUARANTEE, GUARANTEE_EXPIRES, PartyId.OPERATOR));
        // The mortgage is released: dealer-c's line falls back to its base limit, 300 000.00, of which 100 000 reserved.
        gateway.sendAndWait(new ReleaseCollateral(MORTGAGE, "mortgage discharged", MORTGAGE_RELEASED, BANK_A));
        ledger.awaitCaughtUp();

        MemberLineView aShort = line(SUPPLIER_A);
        assertThat(aShort.contributions()).containsExactly(
                contribution(RECEIPT.toString(), AssetType.GOODS, "123456.78", "60", "74074.07"),
                contribution(ORDER_A.toString(), AssetType.PURCHASE_ORDER, "248999.65", "40", "99599.86"),
                contribution(invoiceA.toString(), AssetType.INVOICE, "1000.35", "70", "700.24"));
        assertLine(aShort, "200000.00", "600000.00", "174374.17", "374374.17", false);
        assertUse(aShort, "0.00", "500000.00", "0.00", "1320000.00", "0.00", Binding.MEMBER, "125625.83",
                DrawingBlock.SHORTFALL);
        assertThat(aShort.lastBusinessDate()).isEqualTo(GUARANTEE_EXPIRES);

        MemberLineView cReleased = line(DEALER_C);
        assertThat(cReleased.contributions()).isEmpty();
        assertLine(cReleased, "300000.00", "500000.00", "0.00", "300000.00", false);
        assertUse(cReleased, "100000.00", "0.00", "200000.00", "1320000.00", "200000.00", Binding.MEMBER, "0.00", null);
        assertThat(cReleased.lastBusinessDate()).isEqualTo(MORTGAGE_RELEASED);

        MemberLineView bNow = line(SUPPLIER_B);
        assertThat(bNow.lastBusinessDate()).isEqualTo(FIRST_DUE);
        assertThat(line(DEALER_D).lastBusinessDate()).isNull();

        // The program: 680 000.00 utilised; supplier-a holds 500 000 / 680 000 = 0.735294117… → 0.735294.
        ProgramLineView program = ledger.queries.programLine(PROGRAM).orElseThrow();
        assertThat(program.programLimit()).isEqualTo(cny(PROGRAM_LIMIT));
        assertThat(program.utilised()).isEqualTo(cny("680000.00"));
        assertThat(program.available()).isEqualTo(cny("1320000.00"));
        assertThat(program.excess()).isEqualTo(cny("0.00"));
        assertThat(program.members()).isEqualTo(4);
        // by member id (not by admission: the order must survive the jsonb round trip of the live table)
        assertThat(program.byMember()).containsExactly(
                new MemberExposure(DEALER_C, cny("100000.00"), cny("0.00")),
                new MemberExposure(DEALER_D, cny("0.00"), cny("0.00")),
                new MemberExposure(SUPPLIER_A, cny("500000.00"), cny("500000.00")),
                new MemberExposure(SUPPLIER_B, cny("80000.00"), cny("80000.00")));
        assertThat(program.concentration()).isEqualTo(new Concentration(SUPPLIER_A.toString(), cny("500000.00"),
                cny("680000.00"), new BigDecimal("0.735294")));
        assertThat(program.concentration().exceeds(new BigDecimal("0.735294"))).isTrue();
        assertThat(program.coreEnterprise()).isEqualTo(CORE);
        assertThat(program.funder()).isEqualTo(BANK_A);
        assertThat(program.expiredOn()).isNull();

        // The funder's monitoring list: only supplier-a has a reported, uncured shortfall.
        assertThat(ledger.queries.memberLines(new MemberLineFilter(PROGRAM, null, null, null, true),
                PageRequest.first(10)).items()).containsExactly(aShort);
        assertThat(ledger.queries.memberLines(new MemberLineFilter(PROGRAM, null, MemberSide.DISTRIBUTOR, null, null),
                PageRequest.first(10)).items()).containsExactly(cReleased, line(DEALER_D));

        // The receivable on supplier-b's line is encumbered for it.
        assertThat(ledger.queries.receivable(RECEIVABLE_B).orElseThrow().encumbrance())
                .isEqualTo(Encumbrance.creditLine("prog-core1-a:supplier-b", BANK_A));

        // The same folds over the journal: now, and as the line stood before the guarantee expired.
        for (PartyId member : List.of(SUPPLIER_A, SUPPLIER_B, DEALER_C, DEALER_D)) {
            assertThat(ledger.asOf.memberLine(PROGRAM, member, AsOf.head())).contains(line(member));
        }
        assertThat(ledger.asOf.programLine(PROGRAM, AsOf.head())).contains(program);
        assertThat(ledger.asOf.memberLine(PROGRAM, SUPPLIER_A, AsOf.position(beforeExpiry - 1))).contains(aDrawn);
    }

    @Test
    void a_core_enterprises_exposure_sums_its_programs_with_two_funders_and_a_program_line_can_bind() {
        setUpProgramAndMembers();
        pledgeAssets();
        drawdownsAndARepayment();
        // The second program of the same core enterprise, funded by bank-b: 60 000.00 for two members.
        gateway.sendAndWait(program(OTHER_PROGRAM, BANK_B, "60000.00"));
        gateway.sendAndWait(new AdmitMember(OTHER_PROGRAM, SUPPLIER_A, MemberSide.SUPPLIER, cny("50000.00"),
                cny("50000.00"), BANK_B));
        gateway.sendAndWait(new AdmitMember(OTHER_PROGRAM, DEALER_D, MemberSide.DISTRIBUTOR, cny("40000.00"),
                cny("40000.00"), BANK_B));
        drawn(DRAW_OTHER, OTHER_PROGRAM, SUPPLIER_A, BANK_B, "30000.00", RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(MATURITY));
        ledger.awaitCaughtUp();

        // dealer-d could draw its whole 40 000.00, but the program has 60 000 − 30 000 = 30 000.00 left: it binds.
        MemberLineView d = ledger.queries.memberLine(OTHER_PROGRAM, DEALER_D).orElseThrow();
        assertLine(d, "40000.00", "40000.00", "0.00", "40000.00", false);
        assertUse(d, "0.00", "0.00", "40000.00", "30000.00", "30000.00", Binding.PROGRAM, "0.00", null);
        MemberLineView a = ledger.queries.memberLine(OTHER_PROGRAM, SUPPLIER_A).orElseThrow();
        assertUse(a, "0.00", "30000.00", "20000.00", "30000.00", "20000.00", Binding.MEMBER, "0.00", null);

        ProgramLineView other = ledger.queries.programLine(OTHER_PROGRAM).orElseThrow();
        assertThat(other.utilised()).isEqualTo(cny("30000.00"));
        assertThat(other.available()).isEqualTo(cny("30000.00"));
        assertThat(other.byMember()).containsExactly(new MemberExposure(DEALER_D, cny("0.00"), cny("0.00")),
                new MemberExposure(SUPPLIER_A, cny("30000.00"), cny("30000.00")));
        assertThat(other.concentration()).isEqualTo(new Concentration(SUPPLIER_A.toString(), cny("30000.00"),
                cny("30000.00"), new BigDecimal("1.000000")));

        // Both programs against core-1: 2 000 000 + 60 000 limits, 680 000 + 30 000 used, 1 320 000 + 30 000 free.
        CoreEnterpriseExposure exposure = ledger.queries.coreEnterprise(CORE);
        assertThat(exposure.coreEnterprise()).isEqualTo(CORE);
        assertThat(exposure.totals()).containsExactly(new CurrencyTotal("CNY", 2, 2, cny("2060000.00"),
                cny("710000.00"), cny("1350000.00")));
        assertThat(exposure.programs()).containsExactly(ledger.queries.programLine(PROGRAM).orElseThrow(), other);
        assertThat(exposure.programs()).extracting(ProgramLineView::funder).containsExactly(BANK_A, BANK_B);
        assertThat(ledger.queries.coreEnterprise(PartyId.of("core-9")).programs()).isEmpty();

        assertThat(ledger.asOf.memberLine(OTHER_PROGRAM, DEALER_D, AsOf.head())).contains(d);
        assertThat(ledger.asOf.memberLine(OTHER_PROGRAM, SUPPLIER_A, AsOf.head())).contains(a);
        assertThat(ledger.asOf.programLine(OTHER_PROGRAM, AsOf.head())).contains(other);
        assertThat(ledger.asOf.programLine(PROGRAM, AsOf.head())).contains(exposure.programs().get(0));
    }

    // ------------------------------------------------------------------ the history

    private void setUpProgramAndMembers() {
        Parties.forProgram(gateway, CORE, BANK_A, SUPPLIER_A, SUPPLIER_B, DEALER_C, DEALER_D);
        Parties.funders(gateway, BANK_B);
        gateway.sendAndWait(program(PROGRAM, BANK_A, PROGRAM_LIMIT));
        admit(SUPPLIER_A, MemberSide.SUPPLIER, "200000.00", "600000.00");
        admit(SUPPLIER_B, MemberSide.SUPPLIER, "100000.00", "150000.00");
        admit(DEALER_C, MemberSide.DISTRIBUTOR, "300000.00", "500000.00");
        admit(DEALER_D, MemberSide.DISTRIBUTOR, "80000.00", "80000.00");
    }

    private void pledgeAssets() {
        // supplier-a: a payment guarantee by the core enterprise, a warehouse receipt, an accepted order, an invoice
        gateway.sendAndWait(new PledgeCollateral(GUARANTEE, CollateralKind.GUARANTEE, SUPPLIER_A, BANK_A,
                cny("150000.00"), "Payment guarantee", null, CORE, null, GUARANTEE_EXPIRES, PLEDGED, SUPPLIER_A));
        gateway.sendAndWait(new PledgeCollateral(RECEIPT, CollateralKind.WAREHOUSE_RECEIPT, SUPPLIER_A, BANK_A,
                cny("123456.78"), "Hot-rolled coil, 18 t", WAREHOUSE, null, "WR-SH-2026-0042", null, PLEDGED,
                SUPPLIER_A));
        gateway.sendAndWait(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER_A, GUARANTEE, PLEDGED, SUPPLIER_A));
        gateway.sendAndWait(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER_A, RECEIPT, PLEDGED, SUPPLIER_A));
        gateway.sendAndWait(new RegisterOrder(ORDER_A, CORE, SUPPLIER_A, cny("250000.00"), PLEDGED, "Cold-rolled sheet",
                CORE));
        gateway.sendAndWait(new AcceptOrder(ORDER_A, PLEDGED, SUPPLIER_A));
        gateway.sendAndWait(PledgeAssetToLine.order(PROGRAM, SUPPLIER_A, ORDER_A, PLEDGED, SUPPLIER_A));
        // invoicing 1 000.35 against the pledged order re-counts it at 248 999.65
        invoiceA = gateway.sendAndWait(new IssueInvoice(SUPPLIER_A, TAX_ID_A, "3100231130", "1", CORE,
                cny("1000.35"), cny("115.08"), PLEDGED, ORDER_A, SUPPLIER_A));
        gateway.sendAndWait(new VerifyInvoice(invoiceA, TaxAuthorityVerdict.AUTHENTIC, "VRF-A-1", PLEDGED,
                PartyId.OPERATOR));
        gateway.sendAndWait(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER_A, invoiceA, PLEDGED, SUPPLIER_A));

        // supplier-b: a receivable on the core enterprise, confirmed, pledged to its line
        gateway.sendAndWait(new RegisterOrder(ORDER_B, CORE, SUPPLIER_B, cny("113000.00"), PLEDGED, "Steel coils",
                CORE));
        gateway.sendAndWait(new AcceptOrder(ORDER_B, PLEDGED, SUPPLIER_B));
        invoiceB = gateway.sendAndWait(new IssueInvoice(SUPPLIER_B, TAX_ID_B, "4400231130", "7", CORE,
                cny("113000.00"), cny("13000.00"), PLEDGED, ORDER_B, SUPPLIER_B));
        gateway.sendAndWait(new RegisterReceivable(RECEIVABLE_B, SUPPLIER_B, CORE, cny("113000.00"),
                LocalDate.parse("2026-09-30"), List.of(invoiceB), ORDER_B, PROGRAM, PLEDGED, SUPPLIER_B));
        gateway.sendAndWait(new ConfirmReceivable(RECEIVABLE_B, PLEDGED, CORE));
        gateway.sendAndWait(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER_B, RECEIVABLE_B, PLEDGED, SUPPLIER_B));

        // dealer-c: a mortgage
        gateway.sendAndWait(new PledgeCollateral(MORTGAGE, CollateralKind.MORTGAGE, DEALER_C, BANK_A,
                cny("300000.00"), "Showroom, Longgang", null, null, "REG-SZ-77", null, PLEDGED, DEALER_C));
        gateway.sendAndWait(PledgeAssetToLine.collateral(PROGRAM, DEALER_C, MORTGAGE, PLEDGED, DEALER_C));
    }

    private void drawdownsAndARepayment() {
        drawn(DRAW_A, PROGRAM, SUPPLIER_A, BANK_A, "500000.00", RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(MATURITY));
        drawn(DRAW_B, PROGRAM, SUPPLIER_B, BANK_A, "120000.00", RepaymentMethod.EQUAL_PRINCIPAL,
                FinancingTenor.monthly(3));
        // the first of three equal principal parts, 40 000.00, with 120 000 × 4.35 % × 31 / 360 = 449.50 interest
        gateway.sendAndWait(new RepayFinancing(DRAW_B, cny("40449.50"), null, FIRST_DUE, SUPPLIER_B));
        // dealer-c's request is reserved, not yet decided
        gateway.sendAndWait(new RequestDrawdown(RESERVE_C, PROGRAM, DEALER_C, cny("100000.00"), RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(MATURITY), DRAWN, DEALER_C));
    }

    private void drawn(FinancingId id, ProgramId program, PartyId member, PartyId funder, String amount,
            RepaymentMethod method, FinancingTenor tenor) {
        gateway.sendAndWait(new RequestDrawdown(id, program, member, cny(amount), method, tenor, DRAWN, member));
        gateway.sendAndWait(DecideFinancing.approve(id, DRAWN, funder));
        gateway.sendAndWait(new DisburseFinancing(id, DRAWN, funder));
    }

    private static CreateProgram program(ProgramId id, PartyId funder, String limit) {
        return new CreateProgram(id, CORE, funder, Currency.getInstance("CNY"), cny(limit), FROM, TO,
                AdvanceRates.defaults(), ProgramPricing.of(Rate.percent("4.35")), 180, new BigDecimal("0.5"), funder);
    }

    private void admit(PartyId member, MemberSide side, String baseLimit, String cap) {
        gateway.sendAndWait(new AdmitMember(PROGRAM, member, side, cny(baseLimit), cny(cap), BANK_A));
    }

    // ------------------------------------------------------------------ assertions

    private MemberLineView line(PartyId member) {
        return ledger.queries.memberLine(PROGRAM, member).orElseThrow();
    }

    /** The limit: base, cap, Σ contributions, min(cap, base + uplift), whether the cap set it. */
    private static void assertLine(MemberLineView line, String baseLimit, String cap, String uplift, String limit,
            boolean capBinds) {
        assertThat(line.baseLimit()).as("base limit").isEqualTo(cny(baseLimit));
        assertThat(line.memberCap()).as("member cap").isEqualTo(cny(cap));
        assertThat(line.assetUplift()).as("asset uplift").isEqualTo(cny(uplift));
        assertThat(line.memberLimit()).as("member limit").isEqualTo(cny(limit));
        assertThat(line.capBinds()).as("cap binds").isEqualTo(capBinds);
    }

    /** The use: reserved, outstanding, used = both, available, program available, can draw now, shortfall. */
    private static void assertUse(MemberLineView line, String reserved, String outstanding, String available,
            String programAvailable, String canDrawNow, Binding binding, String shortfall, DrawingBlock blockedBy) {
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

    private static AssetContribution contribution(String assetId, AssetType type, String value, String ratePercent,
            String contribution) {
        return new AssetContribution(assetId, type, cny(value), AdvanceRate.percent(ratePercent), cny(contribution),
                true);
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
