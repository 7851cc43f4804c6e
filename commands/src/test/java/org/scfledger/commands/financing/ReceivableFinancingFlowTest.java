package org.scfledger.commands.financing;

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
import org.scfledger.commands.testing.Parties;
import org.scfledger.commands.testing.TestAxon;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.DrawdownRequestOutcome;
import org.scfledger.core.financing.FinancingEvent.FinancingDeclined;
import org.scfledger.core.financing.FinancingEvent.FinancingDisbursed;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaid;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaidInFull;
import org.scfledger.core.financing.FinancingEvent.FinancingRequestRefused;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.core.financing.FinancingEvent.ReceivableFinancingTerms;
import org.scfledger.core.financing.FinancingEvent.ReceivableProceedsApplied;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.ReceivableInterestMode;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.financing.RequestReceivableFinancing;
import org.scfledger.core.lending.EarlyRepaymentOption;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent.DrawdownReserved;
import org.scfledger.core.program.ProgramEvent.PrincipalDrawn;
import org.scfledger.core.program.ProgramEvent.PrincipalRepaid;
import org.scfledger.core.program.ProgramEvent.ReservationReleased;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.DisputeReceivable;
import org.scfledger.core.receivable.EncumberReceivable;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableEncumbered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableReleased;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSettled;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.receivable.SettleReceivable;
import org.scfledger.core.receivable.SplitPart;
import org.scfledger.core.receivable.SplitReceivable;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;

/**
 * Receivable financing (众链贷) on one Axon instance, through the whole write side: request (receivable encumbered,
 * principal reserved, financing requested, in one unit of work), decision, disbursement, and the debtor's payment
 * repaying the financing with the remainder to the supplier. Figures: 113 000.00 CNY receivable, 80 % advance rate,
 * 4.35 % ACT/360, 2026-11-26 to 2027-02-20 (86 days): interest on 80 000.00 = 80 000 × 0.0435 × 86 / 360 = 831.33.
 */
class ReceivableFinancingFlowTest {

    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId TIER2 = PartyId.of("supplier-21");
    static final PartyId BANK = PartyId.of("bank-1");
    static final ProgramId PROGRAM = ProgramId.of("acme-2026");
    static final OrderId ORDER = OrderId.of("2026-1188");
    static final String TAX_ID = "91310000MA1K4XYZ2B";
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final LocalDate MATURITY = LocalDate.parse("2027-02-20");
    static final ReceivableId RCV = ReceivableId.of("AR-2026-0042");
    static final FinancingId F = FinancingId.of("F-1");
    static final FinancingId F2 = FinancingId.of("F-2");
    static final ProgramPricing PRICING = ProgramPricing.of(Rate.percent("4.35"));
    static final Encumbrance FOR_F = Encumbrance.financing("F-1", BANK);

    final InMemoryEventStorageEngine journal = new InMemoryEventStorageEngine();
    Configuration axon;

    @BeforeEach
    void start() {
        axon = TestAxon.configurer(journal).start();
        Parties.forProgram(axon.commandGateway(), CORE, BANK, SUPPLIER, TIER2);
        send(new CreateProgram(PROGRAM, CORE, BANK, Currency.getInstance("CNY"), cny("5000000.00"), LocalDate.parse("2026-01-01"),
                LocalDate.parse("2027-12-31"), AdvanceRates.defaults(), PRICING, 180, new BigDecimal("0.5"), BANK));
        send(new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, cny("85000.00"), cny("85000.00"), BANK));
        send(new RegisterOrder(ORDER, CORE, SUPPLIER, cny("113000.00"), DAY, "Steel coils Q235B, 42 t", CORE));
        send(new AcceptOrder(ORDER, DAY, SUPPLIER));
        InvoiceId invoice = send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "1", CORE, cny("113000.00"), cny("13000.00"),
                DAY, ORDER, SUPPLIER));
        send(new RegisterReceivable(RCV, SUPPLIER, CORE, cny("113000.00"), MATURITY, List.of(invoice), ORDER, PROGRAM, DAY,
                SUPPLIER));
        send(new ConfirmReceivable(RCV, DAY, CORE));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    // ------------------------------------------------------------------ request

    @Test
    void a_request_encumbers_the_receivable_reserves_the_principal_and_creates_the_financing_in_one_unit_of_work() {
        DrawdownRequestOutcome outcome = send(request(F, "80000.00", ReceivableInterestMode.AT_MATURITY));

        assertThat(outcome).isEqualTo(DrawdownRequestOutcome.requested(F));
        assertThat(events(F.toString())).containsExactly(
                new FinancingRequested(F, FinancingKind.RECEIVABLE, PROGRAM, SUPPLIER, BANK, cny("80000.00"),
                        RepaymentMethod.BULLET, FinancingTenor.maturingOn(MATURITY), PRICING, DAY),
                new ReceivableFinancingTerms(F, RCV, ReceivableInterestMode.AT_MATURITY, cny("113000.00"),
                        AdvanceRate.percent("80"), cny("90400.00"), MATURITY, DAY));
        assertThat(events(RCV.value())).last()
                .isEqualTo(new ReceivableEncumbered(RCV, FOR_F, cny("113000.00"), SUPPLIER, DAY));
        assertThat(events(PROGRAM.toString())).last()
                .isEqualTo(new DrawdownReserved(PROGRAM, F, SUPPLIER, cny("80000.00"), DAY));
    }

    @Test
    void more_than_face_times_the_advance_rate_is_recorded_as_refused_and_encumbers_nothing() {
        send(new AdmitMember(PROGRAM, TIER2, MemberSide.SUPPLIER, cny("100000.00"), cny("100000.00"), BANK));
        long receivableEvents = events(RCV.value()).size();
        int programEvents = events(PROGRAM.toString()).size();

        DrawdownRequestOutcome outcome = send(request(F, "90400.01", ReceivableInterestMode.DISCOUNT));

        assertThat(outcome.refusalCode()).isEqualTo("advance-exceeded");
        assertThat(outcome.reasons()).singleElement().asString().contains("90400.00");
        assertThat(events(F.toString())).hasSize(2).first().isInstanceOfSatisfying(FinancingRequestRefused.class, refused -> {
            assertThat(refused.kind()).isEqualTo(FinancingKind.RECEIVABLE);
            assertThat(refused.code()).isEqualTo("advance-exceeded");
            assertThat(refused.method()).isEqualTo(RepaymentMethod.DISCOUNT);
        });
        assertThat(events(RCV.value())).hasSize((int) receivableEvents);
        assertThat(events(PROGRAM.toString())).hasSize(programEvents);
        refused(DecideFinancing.approve(F, DAY, BANK), "financing-not-pending");
    }

    @Test
    void a_receivable_already_encumbered_is_refused_thrown_and_nothing_is_written() {
        send(request(F, "40000.00", ReceivableInterestMode.AT_MATURITY));
        int programEvents = events(PROGRAM.toString()).size();
        int receivableEvents = events(RCV.value()).size();

        refused(request(F2, "40000.00", ReceivableInterestMode.AT_MATURITY), "receivable-already-encumbered");

        assertThat(events(F2.toString())).isEmpty();
        assertThat(events(PROGRAM.toString())).hasSize(programEvents);
        assertThat(events(RCV.value())).hasSize(receivableEvents);
    }

    @Test
    void other_receivable_refusals_are_thrown_too() {
        refused(new RequestReceivableFinancing(F, PROGRAM, RCV, cny("1000.00"), ReceivableInterestMode.DISCOUNT, DAY, TIER2),
                "not-permitted");
        refused(new RequestReceivableFinancing(F, PROGRAM, RCV, cny("1000.00"), ReceivableInterestMode.DISCOUNT, MATURITY,
                SUPPLIER), "receivable-due");
        refused(new RequestReceivableFinancing(F, PROGRAM, ReceivableId.of("nothing"), cny("1000.00"),
                ReceivableInterestMode.DISCOUNT, DAY, SUPPLIER), "receivable-not-found");
        refused(new RequestReceivableFinancing(F, PROGRAM, RCV, Money.of("1000.00", "USD"), ReceivableInterestMode.DISCOUNT,
                DAY, SUPPLIER), "currency-mismatch");
        refused(new RequestReceivableFinancing(F, ProgramId.of("nowhere"), RCV, cny("1000.00"),
                ReceivableInterestMode.DISCOUNT, DAY, SUPPLIER), "program-not-found");
        send(new DisputeReceivable(RCV, "short delivery", DAY, CORE));
        refused(request(F, "1000.00", ReceivableInterestMode.DISCOUNT), "receivable-disputed");
        assertThat(events(F.toString())).isEmpty();
    }

    @Test
    void a_program_limit_refusal_is_recorded_and_leaves_the_receivable_free() {
        int receivableEvents = events(RCV.value()).size();

        DrawdownRequestOutcome outcome = send(request(F, "85000.01", ReceivableInterestMode.AT_MATURITY));

        assertThat(outcome.refusalCode()).isEqualTo("limit-exceeded");
        assertThat(events(F.toString())).hasSize(2).first().isInstanceOfSatisfying(FinancingRequestRefused.class,
                refused -> assertThat(refused.code()).isEqualTo("limit-exceeded"));
        assertThat(events(RCV.value())).hasSize(receivableEvents);
        assertThat(this.<DrawdownRequestOutcome>send(request(F2, "85000.00", ReceivableInterestMode.AT_MATURITY)).isRefused()).isFalse();
    }

    // ------------------------------------------------------------------ decision

    @Test
    void a_decline_gives_the_reservation_back_and_releases_the_receivable_in_the_same_unit_of_work() {
        send(request(F, "80000.00", ReceivableInterestMode.AT_MATURITY));
        send(DecideFinancing.decline(F, List.of("debtor concentration"), DAY, BANK));

        assertThat(events(F.toString())).last().isEqualTo(new FinancingDeclined(F, BANK, List.of("debtor concentration"), DAY));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new ReservationReleased(PROGRAM, F, SUPPLIER,
                cny("80000.00"), "declined: debtor concentration", DAY, BANK));
        assertThat(events(RCV.value())).last().isEqualTo(new ReceivableReleased(RCV, FOR_F, BANK, DAY));
        assertThat(this.<DrawdownRequestOutcome>send(request(F2, "80000.00", ReceivableInterestMode.AT_MATURITY)).isRefused())
                .as("the receivable may be financed again").isFalse();
    }

    // ------------------------------------------------------------------ disbursement

    @Test
    void at_maturity_is_one_bullet_installment_on_the_receivables_maturity() {
        disbursed(F, "80000.00", ReceivableInterestMode.AT_MATURITY);

        FinancingDisbursed disbursed = (FinancingDisbursed) events(F.toString()).get(3);
        assertThat(disbursed.upfrontInterest()).isEqualTo(cny("0.00"));
        assertThat(disbursed.disbursedAmount()).isEqualTo(cny("80000.00"));
        assertThat(disbursed.schedule().installments()).singleElement().satisfies(i -> {
            assertThat(i.dueDate()).isEqualTo(MATURITY);
            assertThat(i.principal()).isEqualTo(cny("80000.00"));
            assertThat(i.interest()).isEqualTo(cny("831.33"));
            assertThat(i.total()).isEqualTo(cny("80831.33"));
        });
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new PrincipalDrawn(PROGRAM, F, SUPPLIER, cny("80000.00"), DAY));
    }

    @Test
    void discount_pays_out_the_principal_less_the_interest_to_maturity() {
        disbursed(F, "80000.00", ReceivableInterestMode.DISCOUNT);

        FinancingDisbursed disbursed = (FinancingDisbursed) events(F.toString()).get(3);
        assertThat(disbursed.upfrontInterest()).isEqualTo(cny("831.33"));
        assertThat(disbursed.disbursedAmount()).isEqualTo(cny("79168.67"));
        assertThat(disbursed.schedule().installments()).singleElement().satisfies(i -> {
            assertThat(i.dueDate()).isEqualTo(MATURITY);
            assertThat(i.total()).isEqualTo(cny("80000.00"));
        });
    }

    // ------------------------------------------------------------------ early repayment

    @Test
    void repaying_a_receivable_financing_in_full_early_releases_the_receivable_in_the_same_unit_of_work() {
        disbursed(F, "80000.00", ReceivableInterestMode.AT_MATURITY);
        LocalDate day = DAY.plusDays(30);

        send(new RepayFinancing(F, cny("80290.00"), null, day, SUPPLIER));

        assertThat(events(F.toString())).last().isEqualTo(new FinancingRepaidInFull(F, PROGRAM, SUPPLIER, cny("80000.00"), day));
        assertThat(events(PROGRAM.toString())).last()
                .isEqualTo(new PrincipalRepaid(PROGRAM, F, SUPPLIER, cny("80000.00"), cny("0.00"), day));
        assertThat(events(RCV.value())).last().isEqualTo(new ReceivableReleased(RCV, FOR_F, BANK, day));
        assertThat(this.<DrawdownRequestOutcome>send(new RequestReceivableFinancing(F2, PROGRAM, RCV, cny("80000.00"),
                ReceivableInterestMode.AT_MATURITY, day, SUPPLIER)).isRefused()).as("the receivable may be financed again")
                .isFalse();
    }

    @Test
    void a_partial_repayment_keeps_the_receivable_encumbered() {
        disbursed(F, "80000.00", ReceivableInterestMode.AT_MATURITY);
        LocalDate day = DAY.plusDays(30);

        send(new RepayFinancing(F, cny("40290.00"), EarlyRepaymentOption.SHORTEN_TERM, day, SUPPLIER));

        assertThat(events(RCV.value())).noneMatch(ReceivableReleased.class::isInstance);
        refused(new RequestReceivableFinancing(F2, PROGRAM, RCV, cny("10000.00"), ReceivableInterestMode.AT_MATURITY, day,
                SUPPLIER), "receivable-already-encumbered");
    }

    @Test
    void a_refused_repayment_releases_nothing() {
        disbursed(F, "80000.00", ReceivableInterestMode.AT_MATURITY);

        refused(new RepayFinancing(F, cny("90000.00"), null, DAY.plusDays(30), SUPPLIER), "repayment-exceeds-payoff");
        refused(new RepayFinancing(F, cny("80290.00"), null, DAY.plusDays(30), CORE), "not-permitted");
        assertThat(events(RCV.value())).noneMatch(ReceivableReleased.class::isInstance);
    }

    // ------------------------------------------------------------------ settlement

    @Test
    void the_debtors_payment_repays_the_financing_first_and_the_remainder_goes_to_the_supplier() {
        disbursed(F, "80000.00", ReceivableInterestMode.AT_MATURITY);

        send(new SettleReceivable(RCV, cny("113000.00"), MATURITY, CORE));

        var zero = cny("0.00");
        assertThat(events(RCV.value())).endsWith(
                new ReceivablePartSettled(RCV, RCV, SUPPLIER, BANK, cny("113000.00"), FOR_F, MATURITY),
                new ReceivableSettled(RCV, CORE, cny("113000.00"), 1, MATURITY));
        assertThat(events(F.toString())).endsWith(
                new FinancingRepaid(F, PROGRAM, SUPPLIER, cny("80831.33"), zero, cny("831.33"), cny("80000.00"), zero, zero,
                        zero, null, null, zero, MATURITY, BANK),
                new FinancingRepaidInFull(F, PROGRAM, SUPPLIER, cny("80000.00"), MATURITY),
                new ReceivableProceedsApplied(F, PROGRAM, RCV, SUPPLIER, cny("113000.00"), cny("80831.33"), cny("32168.67"),
                        SUPPLIER, MATURITY));
        assertThat(events(PROGRAM.toString())).last()
                .isEqualTo(new PrincipalRepaid(PROGRAM, F, SUPPLIER, cny("80000.00"), zero, MATURITY));
        assertThat(this.<DrawdownRequestOutcome>send(new RequestReceivableFinancing(F2, PROGRAM, newReceivable(), cny("85000.00"),
                ReceivableInterestMode.AT_MATURITY, MATURITY.minusDays(10), SUPPLIER)).isRefused())
                .as("the program's outstanding is back to zero: the whole member limit can be used again").isFalse();
    }

    @Test
    void a_late_payment_pays_penalty_then_interest_then_principal_and_a_discount_only_its_principal() {
        disbursed(F, "80000.00", ReceivableInterestMode.DISCOUNT);
        send(new SettleReceivable(RCV, cny("113000.00"), MATURITY, CORE));

        assertThat(events(F.toString())).last().isEqualTo(new ReceivableProceedsApplied(F, PROGRAM, RCV, SUPPLIER,
                cny("113000.00"), cny("80000.00"), cny("33000.00"), SUPPLIER, MATURITY));
        assertThat(events(PROGRAM.toString())).last()
                .isEqualTo(new PrincipalRepaid(PROGRAM, F, SUPPLIER, cny("80000.00"), cny("0.00"), MATURITY));
    }

    @Test
    void a_part_down_the_chain_is_financed_by_its_holder_and_repaid_from_the_debtors_payment() {
        send(new AdmitMember(PROGRAM, TIER2, MemberSide.SUPPLIER, cny("50000.00"), cny("50000.00"), BANK));
        send(new SplitReceivable(RCV, List.of(new SplitPart(cny("13000.00"), TIER2), new SplitPart(cny("100000.00"), SUPPLIER)),
                DAY, SUPPLIER));
        ReceivableId part = RCV.part(1);
        refused(new RequestReceivableFinancing(F, PROGRAM, part, cny("10400.01"), ReceivableInterestMode.AT_MATURITY, DAY,
                TIER2), null);
        FinancingId f3 = FinancingId.of("F-3");
        send(new RequestReceivableFinancing(f3, PROGRAM, part, cny("10400.00"), ReceivableInterestMode.AT_MATURITY, DAY, TIER2));
        send(DecideFinancing.approve(f3, DAY, BANK));
        send(new DisburseFinancing(f3, DAY, BANK));

        LocalDate late = MATURITY.plusDays(10);
        send(new SettleReceivable(RCV, cny("113000.00"), late, CORE));

        FinancingRepaid repaid = (FinancingRepaid) events(f3.toString()).get(4);
        assertThat(repaid.toPenaltyInterest().isPositive()).as("ten days late: penalty first").isTrue();
        assertThat(repaid.toInterest()).isEqualTo(cny("108.07")); // 10 400 × 0.0435 × 86 / 360 = 108.073
        assertThat(repaid.toPrincipal()).isEqualTo(cny("10400.00"));
        assertThat(events(f3.toString())).last().isInstanceOfSatisfying(ReceivableProceedsApplied.class, applied -> {
            assertThat(applied.toFinancing()).isEqualTo(repaid.amount());
            assertThat(applied.toSupplier()).isEqualTo(cny("13000.00").minus(repaid.amount()));
            assertThat(applied.paidTo()).isEqualTo(TIER2);
        });
        assertThat(events(RCV.part(2).value())).last().isEqualTo(new ReceivablePartSettled(RCV.part(2), RCV, SUPPLIER,
                SUPPLIER, cny("100000.00"), null, late));
    }

    @Test
    void a_part_pledged_outside_the_financing_flow_is_still_paid_whole_to_its_funder() {
        send(new EncumberReceivable(RCV, Encumbrance.financing("FIN-7", BANK), DAY, SUPPLIER));
        send(new SettleReceivable(RCV, cny("113000.00"), MATURITY, CORE));
        assertThat(events(RCV.value())).endsWith(
                new ReceivablePartSettled(RCV, RCV, SUPPLIER, BANK, cny("113000.00"), Encumbrance.financing("FIN-7", BANK),
                        MATURITY),
                new ReceivableSettled(RCV, CORE, cny("113000.00"), 1, MATURITY));
    }

    // ------------------------------------------------------------------ helpers

    private ReceivableId newReceivable() {
        OrderId order = OrderId.of("2027-0001");
        LocalDate day = MATURITY.minusDays(10);
        send(new RegisterOrder(order, CORE, SUPPLIER, cny("113000.00"), day, "Steel coils Q235B, 42 t", CORE));
        send(new AcceptOrder(order, day, SUPPLIER));
        InvoiceId invoice = send(new IssueInvoice(SUPPLIER, TAX_ID, "3100231130", "2", CORE, cny("113000.00"), cny("13000.00"),
                day, order, SUPPLIER));
        ReceivableId id = ReceivableId.of("AR-2027-0001");
        send(new RegisterReceivable(id, SUPPLIER, CORE, cny("113000.00"), day.plusDays(90), List.of(invoice), order, PROGRAM,
                day, SUPPLIER));
        send(new ConfirmReceivable(id, day, CORE));
        return id;
    }

    private void disbursed(FinancingId id, String amount, ReceivableInterestMode mode) {
        send(request(id, amount, mode));
        send(DecideFinancing.approve(id, DAY, BANK));
        send(new DisburseFinancing(id, DAY, BANK));
    }

    static RequestReceivableFinancing request(FinancingId id, String amount, ReceivableInterestMode mode) {
        return new RequestReceivableFinancing(id, PROGRAM, RCV, cny(amount), mode, DAY, SUPPLIER);
    }

    /** Thrown with {@code code} (any code if {@code null}, then it must be recorded instead). */
    private void refused(Object command, String code) {
        if (code == null) {
            DrawdownRequestOutcome outcome = send(command);
            assertThat(outcome.refusalCode()).isEqualTo("advance-exceeded");
            return;
        }
        long before = journal.readEvents(null, false).count();
        assertThatThrownBy(() -> send(command)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
        assertThat(journal.readEvents(null, false).count()).as("nothing written").isEqualTo(before);
    }

    private <R> R send(Object command) {
        return axon.commandGateway().sendAndWait(command);
    }

    private List<Object> events(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
