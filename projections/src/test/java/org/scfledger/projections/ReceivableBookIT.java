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
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.AssetContribution;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.ReceivableInterestMode;
import org.scfledger.core.financing.RequestReceivableFinancing;
import org.scfledger.core.lending.AgeingBucket;
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
import org.scfledger.core.receivable.ReceivablePart;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.receivable.SettleReceivable;
import org.scfledger.core.receivable.SplitPart;
import org.scfledger.core.receivable.SplitReceivable;
import org.scfledger.core.receivable.ThreeWayMatch;
import org.scfledger.core.receivable.TransferReceivable;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.financing.FinancingStatus;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.financing.Paid;
import org.scfledger.projections.financing.ReceivableAssignment;
import org.scfledger.projections.financing.RepaymentPosition;
import org.scfledger.projections.financing.RepaymentRecord;
import org.scfledger.projections.query.PageRequest;
import org.scfledger.projections.query.ReceivableFilter;
import org.scfledger.projections.receivable.Holding;
import org.scfledger.projections.receivable.Holding.HoldingOrigin;
import org.scfledger.projections.receivable.ReceivableFinancing;
import org.scfledger.projections.receivable.ReceivableStatus;
import org.scfledger.projections.receivable.ReceivableView;
import org.scfledger.projections.testing.ReadSideHarness;

/**
 * A receivable down the chain, in the receivable book: registered by the supplier and confirmed by the core
 * enterprise (three-way match), split, one part transferred to a tier-2 supplier that finances it (众链贷), the other
 * pledged to the supplier's own line; the core enterprise pays the face at maturity, which repays the financing first
 * and pays the tier-2 supplier the rest.
 *
 * <p>Figures: order 120 000.00, invoices 100 000.00 + 12 800.00 = 112 800.00, face 113 000.00; tolerance 0.5 % of the
 * face = 565.00 allowed, 200.00 apart. Parts 33 000.00 (tier 2) and 80 000.00 (supplier). The tier-2 part at 80 % may
 * raise 26 400.00; 26 400.00 at 4.35 % ACT/360 from 2026-12-02 to 2027-02-20 (29 + 31 + 20 = 80 days) is
 * 26 400 × 0.0435 × 80 / 360 = 255.20 interest, paid at maturity: 26 655.20 to the funder, 33 000.00 − 26 655.20 =
 * 6 344.80 to the tier-2 supplier.
 */
class ReceivableBookIT {

    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId TIER2 = PartyId.of("supplier-21");
    static final ProgramId PROGRAM = ProgramId.of("acme-2026");
    static final OrderId ORDER = OrderId.of("2026-1188");
    static final String TAX_ID = "91310000MA1K4XYZ2B";

    static final LocalDate ORDERED = LocalDate.parse("2026-11-02");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final LocalDate SPLIT_ON = LocalDate.parse("2026-11-30");
    static final LocalDate TRANSFERRED = LocalDate.parse("2026-12-01");
    static final LocalDate FINANCED = LocalDate.parse("2026-12-02");
    static final LocalDate MATURITY = LocalDate.parse("2027-02-20");

    static final ReceivableId RCV = ReceivableId.of("AR-2026-0042");
    static final ReceivableId TIER2_PART = RCV.part(1);
    static final ReceivableId SUPPLIER_PART = RCV.part(2);
    static final FinancingId FINANCING = FinancingId.of("FR-21");

    final ReadSideHarness ledger = new ReadSideHarness();
    final CommandGateway gateway = ledger.gateway();
    InvoiceId inv1;
    InvoiceId inv2;

    @AfterEach
    void stop() {
        ledger.close();
    }

    @Test
    void a_confirmed_receivable_split_transferred_financed_by_tier_two_and_settled_at_maturity() {
        registeredAndConfirmed();
        ledger.awaitCaughtUp();

        ReceivableView confirmed = receivable(RCV);
        assertThat(confirmed.status()).isEqualTo(ReceivableStatus.CONFIRMED);
        assertThat(confirmed.confirmedOn()).isEqualTo(DAY);
        ThreeWayMatch match = confirmed.match();
        assertThat(match.orderId()).isEqualTo(ORDER);
        assertThat(match.orderAmount()).isEqualTo(cny("120000.00"));
        assertThat(match.invoiceIds()).containsExactly(inv1, inv2);
        assertThat(match.invoicedAmount()).isEqualTo(cny("112800.00"));
        assertThat(match.faceAmount()).isEqualTo(cny("113000.00"));
        assertThat(match.tolerancePercent()).isEqualByComparingTo("0.5");
        assertThat(match.allowedDifference()).as("113 000.00 × 0.5 / 100").isEqualTo(cny("565.00"));
        assertThat(match.invoiceDifference()).as("|113 000.00 − 112 800.00|").isEqualTo(cny("200.00"));
        assertThat(confirmed.balance()).isEqualTo(cny("113000.00"));

        // split into two parts the supplier holds, then the first handed down to its own supplier
        List<ReceivableId> parts = gateway.sendAndWait(new SplitReceivable(RCV, List.of(
                new SplitPart(cny("33000.00"), SUPPLIER), new SplitPart(cny("80000.00"), SUPPLIER)), SPLIT_ON, SUPPLIER));
        assertThat(parts).containsExactly(TIER2_PART, SUPPLIER_PART);
        gateway.sendAndWait(new TransferReceivable(TIER2_PART, TIER2, TRANSFERRED, SUPPLIER));
        // the supplier's part backs its line: 80 000.00 × 80 % = 64 000.00
        gateway.sendAndWait(PledgeAssetToLine.receivable(PROGRAM, SUPPLIER, SUPPLIER_PART, TRANSFERRED, SUPPLIER));
        // the tier-2 supplier finances its part at the maximum advance, interest at maturity
        gateway.sendAndWait(new RequestReceivableFinancing(FINANCING, PROGRAM, TIER2_PART, cny("26400.00"),
                ReceivableInterestMode.AT_MATURITY, FINANCED, TIER2));
        gateway.sendAndWait(DecideFinancing.approve(FINANCING, FINANCED, BANK));
        gateway.sendAndWait(new DisburseFinancing(FINANCING, FINANCED, BANK));
        ledger.awaitCaughtUp();

        ReceivableView tier2Part = receivable(TIER2_PART);
        assertThat(tier2Part.status()).isEqualTo(ReceivableStatus.CONFIRMED);
        assertThat(tier2Part.holder()).isEqualTo(TIER2);
        assertThat(tier2Part.balance()).isEqualTo(cny("33000.00"));
        assertThat(tier2Part.encumbrance()).isEqualTo(Encumbrance.financing(FINANCING.value(), BANK));
        assertThat(tier2Part.maximumAdvance()).as("33 000.00 × 80 %").isEqualTo(cny("26400.00"));
        assertThat(tier2Part.financing()).isEqualTo(new ReceivableFinancing(FINANCING, BANK, FinancingStatus.DISBURSED,
                cny("26400.00"), cny("26400.00"), cny("26400.00")));
        assertThat(receivable(SUPPLIER_PART).encumbrance())
                .isEqualTo(Encumbrance.creditLine("acme-2026:supplier-7", BANK));
        assertThat(line(SUPPLIER).contributions()).containsExactly(new AssetContribution(SUPPLIER_PART.toString(),
                AssetType.RECEIVABLE, cny("80000.00"), AdvanceRate.percent("80"), cny("64000.00"), true));
        assertThat(line(SUPPLIER).memberLimit()).as("100 000.00 + 64 000.00").isEqualTo(cny("164000.00"));
        assertThat(line(TIER2).outstandingPrincipal()).isEqualTo(cny("26400.00"));
        assertThat(line(TIER2).available()).as("50 000.00 − 26 400.00").isEqualTo(cny("23600.00"));

        // on the maturity date everything is due, nothing late: 26 400.00 + 255.20
        FinancingView due = ledger.queries.financing(FINANCING, MATURITY).orElseThrow();
        assertThat(due.position()).isEqualTo(new RepaymentPosition(MATURITY, cny("26400.00"), cny("26400.00"),
                cny("255.20"), cny("0.00"), cny("0.00"), cny("0.00"), cny("26655.20"), cny("26655.20"), 0,
                AgeingBucket.CURRENT));
        assertAsOfEqualsLive(FINANCING, MATURITY, RCV, TIER2_PART, SUPPLIER_PART);

        gateway.sendAndWait(new SettleReceivable(RCV, cny("113000.00"), MATURITY, CORE));
        ledger.awaitCaughtUp();

        // the registered receivable: split, then paid whole by the debtor through its parts
        ReceivableView original = receivable(RCV);
        assertThat(original.status()).isEqualTo(ReceivableStatus.SETTLED);
        assertThat(original.originalId()).isEqualTo(RCV);
        assertThat(original.parentId()).isNull();
        assertThat(original.debtor()).isEqualTo(CORE);
        assertThat(original.holder()).isEqualTo(SUPPLIER);
        assertThat(original.faceAmount()).isEqualTo(cny("113000.00"));
        assertThat(original.balance()).isEqualTo(cny("0.00"));
        assertThat(original.maturityDate()).isEqualTo(MATURITY);
        assertThat(original.invoiceIds()).containsExactly(inv1, inv2);
        assertThat(original.orderId()).isEqualTo(ORDER);
        assertThat(original.holderChain()).containsExactly(new Holding(RCV, SUPPLIER, DAY, HoldingOrigin.REGISTERED));
        assertThat(original.parts()).containsExactly(new ReceivablePart(TIER2_PART, SUPPLIER, cny("33000.00")),
                new ReceivablePart(SUPPLIER_PART, SUPPLIER, cny("80000.00")));
        assertThat(original.encumbrance()).isNull();
        assertThat(original.financing()).isNull();
        assertThat(original.settledAmount()).as("paid to its parts, not to it").isEqualTo(cny("0.00"));
        assertThat(original.paidTo()).isNull();
        assertThat(original.paidOn()).isEqualTo(MATURITY);
        assertThat(original.debtorPaid()).isEqualTo(cny("113000.00"));
        assertThat(original.overdue()).isFalse();

        // the tier-2 part: its whole 33 000.00 went to the funder that financed it
        ReceivableView financedPart = receivable(TIER2_PART);
        assertThat(financedPart.status()).isEqualTo(ReceivableStatus.SETTLED);
        assertThat(financedPart.originalId()).isEqualTo(RCV);
        assertThat(financedPart.parentId()).isEqualTo(RCV);
        assertThat(financedPart.holder()).isEqualTo(TIER2);
        assertThat(financedPart.faceAmount()).isEqualTo(cny("33000.00"));
        assertThat(financedPart.balance()).isEqualTo(cny("0.00"));
        assertThat(financedPart.confirmedOn()).as("inherited").isEqualTo(DAY);
        assertThat(financedPart.maturityDate()).isEqualTo(MATURITY);
        assertThat(financedPart.holderChain()).containsExactly(
                new Holding(RCV, SUPPLIER, DAY, HoldingOrigin.REGISTERED),
                new Holding(TIER2_PART, SUPPLIER, SPLIT_ON, HoldingOrigin.SPLIT),
                new Holding(TIER2_PART, TIER2, TRANSFERRED, HoldingOrigin.TRANSFERRED));
        assertThat(financedPart.parts()).isEmpty();
        assertThat(financedPart.encumbrance()).as("settlement ends the encumbrance").isNull();
        assertThat(financedPart.financing()).isEqualTo(new ReceivableFinancing(FINANCING, BANK,
                FinancingStatus.REPAID, cny("26400.00"), cny("26400.00"), cny("0.00")));
        assertThat(financedPart.maximumAdvance()).isEqualTo(cny("26400.00"));
        assertThat(financedPart.settledAmount()).isEqualTo(cny("33000.00"));
        assertThat(financedPart.paidTo()).as("the debtor paid the funder").isEqualTo(BANK);
        assertThat(financedPart.paidOn()).isEqualTo(MATURITY);
        assertThat(financedPart.debtorPaid()).isNull();

        // the supplier's part: paid to its holder, and off its line
        ReceivableView linePart = receivable(SUPPLIER_PART);
        assertThat(linePart.status()).isEqualTo(ReceivableStatus.SETTLED);
        assertThat(linePart.holder()).isEqualTo(SUPPLIER);
        assertThat(linePart.holderChain()).containsExactly(
                new Holding(RCV, SUPPLIER, DAY, HoldingOrigin.REGISTERED),
                new Holding(SUPPLIER_PART, SUPPLIER, SPLIT_ON, HoldingOrigin.SPLIT));
        assertThat(linePart.balance()).isEqualTo(cny("0.00"));
        assertThat(linePart.encumbrance()).isNull();
        assertThat(linePart.financing()).isNull();
        assertThat(linePart.settledAmount()).isEqualTo(cny("80000.00"));
        assertThat(linePart.paidTo()).isEqualTo(SUPPLIER);
        assertThat(linePart.paidOn()).isEqualTo(MATURITY);
        assertThat(financedPart.settledAmount().plus(linePart.settledAmount())).isEqualTo(original.debtorPaid());

        // the financing: repaid first from the tier-2 part's 33 000.00, the rest owed to the tier-2 supplier
        FinancingView financing = ledger.queries.financing(FINANCING, MATURITY).orElseThrow();
        assertThat(financing.kind()).isEqualTo(FinancingKind.RECEIVABLE);
        assertThat(financing.member()).isEqualTo(TIER2);
        assertThat(financing.funder()).isEqualTo(BANK);
        assertThat(financing.method()).isEqualTo(RepaymentMethod.BULLET);
        assertThat(financing.tenor()).isEqualTo(FinancingTenor.maturingOn(MATURITY));
        assertThat(financing.status()).isEqualTo(FinancingStatus.REPAID);
        assertThat(financing.repaidOn()).isEqualTo(MATURITY);
        assertThat(financing.position()).as("nothing owed").isNull();
        assertThat(financing.disbursement().disbursedAmount()).isEqualTo(cny("26400.00"));
        assertThat(financing.schedule()).singleElement().satisfies(i -> {
            assertThat(i.dueDate()).isEqualTo(MATURITY);
            assertThat(i.principal()).isEqualTo(cny("26400.00"));
            assertThat(i.interest()).isEqualTo(cny("255.20"));
            assertThat(i.total()).isEqualTo(cny("26655.20"));
        });
        assertThat(financing.repayments()).containsExactly(new RepaymentRecord(MATURITY, cny("26655.20"),
                cny("0.00"), cny("255.20"), cny("26400.00"), cny("0.00"), cny("0.00"), cny("0.00"), null, cny("0.00"),
                BANK));
        assertThat(financing.paid()).isEqualTo(new Paid(cny("26655.20"), cny("0.00"), cny("255.20"),
                cny("26400.00"), cny("0.00")));
        assertThat(financing.receivable()).isEqualTo(new ReceivableAssignment(TIER2_PART,
                ReceivableInterestMode.AT_MATURITY, cny("33000.00"), AdvanceRate.percent("80"), cny("26400.00"),
                MATURITY, cny("33000.00"), cny("26655.20"), cny("6344.80"), TIER2, MATURITY));

        // the lines: the tier-2 principal is repaid; the settled part no longer counts on the supplier's line
        assertThat(line(TIER2).outstandingPrincipal()).isEqualTo(cny("0.00"));
        assertThat(line(TIER2).available()).isEqualTo(cny("50000.00"));
        assertThat(line(SUPPLIER).contributions()).isEmpty();
        assertThat(line(SUPPLIER).memberLimit()).isEqualTo(cny("100000.00"));

        // the book's lists: by original, by holder, by status and maturity
        assertThat(ledger.queries.receivables(ReceivableFilter.ofOriginal(RCV), PageRequest.first(10)).items())
                .containsExactly(original, financedPart, linePart);
        assertThat(ledger.queries.receivables(ReceivableFilter.ofHolder(TIER2), PageRequest.first(10)).items())
                .containsExactly(financedPart);
        var page = ledger.queries.receivables(new ReceivableFilter(PROGRAM, SUPPLIER, CORE, ReceivableStatus.SETTLED,
                null, MATURITY, MATURITY), PageRequest.first(1));
        assertThat(page.items()).containsExactly(original);
        var next = ledger.queries.receivables(new ReceivableFilter(PROGRAM, SUPPLIER, CORE, ReceivableStatus.SETTLED,
                null, MATURITY, MATURITY), new PageRequest(page.next(), 1));
        assertThat(next.items()).containsExactly(linePart);
        assertThat(next.next()).isNull();
        assertThat(ledger.queries.receivables(new ReceivableFilter(null, null, null, null, null, null,
                MATURITY.minusDays(1)), PageRequest.first(10)).items()).isEmpty();

        assertAsOfEqualsLive(FINANCING, MATURITY, RCV, TIER2_PART, SUPPLIER_PART);
    }

    // ------------------------------------------------------------------ the history

    private void registeredAndConfirmed() {
        Parties.forProgram(gateway, CORE, BANK, SUPPLIER, TIER2);
        gateway.sendAndWait(new CreateProgram(PROGRAM, CORE, BANK, Currency.getInstance("CNY"), cny("5000000.00"),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"), AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent("4.35")), 180, new BigDecimal("0.5"), BANK));
        gateway.sendAndWait(new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, cny("100000.00"),
                cny("300000.00"), BANK));
        gateway.sendAndWait(new AdmitMember(PROGRAM, TIER2, MemberSide.SUPPLIER, cny("50000.00"), cny("50000.00"),
                BANK));
        gateway.sendAndWait(new RegisterOrder(ORDER, CORE, SUPPLIER, cny("120000.00"), ORDERED,
                "Steel coils Q235B, 45 t", CORE));
        gateway.sendAndWait(new AcceptOrder(ORDER, ORDERED, SUPPLIER));
        inv1 = gateway.sendAndWait(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "1", CORE, cny("100000.00"),
                cny("11504.42"), DAY, ORDER, SUPPLIER));
        inv2 = gateway.sendAndWait(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "2", CORE, cny("12800.00"),
                cny("1472.57"), DAY, ORDER, SUPPLIER));
        gateway.sendAndWait(new RegisterReceivable(RCV, SUPPLIER, CORE, cny("113000.00"), MATURITY,
                List.of(inv1, inv2), ORDER, PROGRAM, DAY, SUPPLIER));
        gateway.sendAndWait(new ConfirmReceivable(RCV, DAY, CORE));
    }

    // ------------------------------------------------------------------ helpers

    private ReceivableView receivable(ReceivableId id) {
        return ledger.queries.receivable(id).orElseThrow();
    }

    private MemberLineView line(PartyId member) {
        return ledger.queries.memberLine(PROGRAM, member).orElseThrow();
    }

    /** An auditor's replay of the journal gives what the live read models show. */
    private void assertAsOfEqualsLive(FinancingId financing, LocalDate valuedOn, ReceivableId... receivables) {
        for (ReceivableId id : receivables) {
            assertThat(ledger.asOf.receivable(id, AsOf.head())).as("as of head: " + id).contains(receivable(id));
        }
        assertThat(ledger.asOf.financing(financing, AsOf.head(), valuedOn))
                .contains(ledger.queries.financing(financing, valuedOn).orElseThrow());
        for (PartyId member : List.of(SUPPLIER, TIER2)) {
            assertThat(ledger.asOf.memberLine(PROGRAM, member, AsOf.head())).contains(line(member));
        }
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
