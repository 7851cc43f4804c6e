package org.scfledger.commands.financing;

import org.scfledger.commands.testing.Parties;
import org.scfledger.commands.testing.TestAxon;
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
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.DrawdownRequestOutcome;
import org.scfledger.core.financing.FinancingEvent.FinancingApproved;
import org.scfledger.core.financing.FinancingEvent.FinancingDeclined;
import org.scfledger.core.financing.FinancingEvent.FinancingDisbursed;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaid;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaidInFull;
import org.scfledger.core.financing.FinancingEvent.FinancingRequestRefused;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.lending.EarlyRepaymentOption;
import org.scfledger.core.lending.Installment;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.ExpireProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent.DrawdownReserved;
import org.scfledger.core.program.ProgramEvent.PrincipalDrawn;
import org.scfledger.core.program.ProgramEvent.PrincipalRepaid;
import org.scfledger.core.program.ProgramEvent.ReservationReleased;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.program.SuspendMember;
import org.scfledger.core.rules.RuleViolation;

/**
 * The services that change a financing and the program's line in one unit of work: request (reserved, or the refusal
 * recorded), decision, disbursement, repayment. Figures from docs/formulas.md: 10 000.00 CNY at 4.35 %, from
 * 2024-01-15.
 */
class FinancingFlowTest {

    static final ProgramId PROGRAM = ProgramId.of("prog-1");
    static final ProgramId PROGRAM_365 = ProgramId.of("prog-365");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId FUNDER = PartyId.of("bank-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId STRANGER = PartyId.of("stranger");
    static final LocalDate START = LocalDate.parse("2024-01-15");
    static final LocalDate MATURITY = LocalDate.parse("2024-07-15");
    static final FinancingId F = FinancingId.of("F-1");
    static final ProgramPricing ACT_360 = ProgramPricing.of(Rate.percent("4.35"));

    Configuration axon;

    @BeforeEach
    void start() {
        axon = TestAxon.configurer(new InMemoryEventStorageEngine()).start();
        Parties.forProgram(axon.commandGateway(), CORE, FUNDER, SUPPLIER);
        program(PROGRAM, ACT_360);
        program(PROGRAM_365, ACT_360.withDayCount(DayCount.ACT_365));
    }

    private void program(ProgramId id, ProgramPricing pricing) {
        send(new CreateProgram(id, CORE, FUNDER, Currency.getInstance("CNY"), cny("50000.00"), LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-12-31"), AdvanceRates.defaults(), pricing, 200, BigDecimal.ONE, FUNDER));
        send(new AdmitMember(id, SUPPLIER, MemberSide.SUPPLIER, cny("20000.00"), cny("20000.00"), FUNDER));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    // ------------------------------------------------------------------ request

    @Test
    void a_request_reserves_the_principal_and_creates_the_financing_in_one_unit_of_work() {
        DrawdownRequestOutcome outcome = send(bullet(F, "10000.00", MATURITY));

        assertThat(outcome.isRefused()).isFalse();
        assertThat(events(F.toString())).containsExactly(new FinancingRequested(F, FinancingKind.LINE_DRAWDOWN, PROGRAM,
                SUPPLIER, FUNDER, cny("10000.00"), RepaymentMethod.BULLET, FinancingTenor.maturingOn(MATURITY), ACT_360,
                START));
        assertThat(events(PROGRAM.toString())).last()
                .isEqualTo(new DrawdownReserved(PROGRAM, F, SUPPLIER, cny("10000.00"), START));
    }

    @Test
    void a_request_over_the_limit_is_recorded_as_refused_with_the_programs_code_and_reserves_nothing() {
        int programEvents = events(PROGRAM.toString()).size();

        DrawdownRequestOutcome outcome = send(bullet(F, "20000.01", MATURITY));

        assertThat(outcome.refusalCode()).isEqualTo("limit-exceeded");
        assertThat(outcome.reasons()).singleElement().asString().contains("20000.01");
        assertThat(events(F.toString())).singleElement().isInstanceOfSatisfying(FinancingRequestRefused.class, refused -> {
            assertThat(refused.code()).isEqualTo("limit-exceeded");
            assertThat(refused.reasons()).isEqualTo(outcome.reasons());
            assertThat(refused.amount()).isEqualTo(cny("20000.01"));
        });
        assertThat(events(PROGRAM.toString())).hasSize(programEvents);
    }

    @Test
    void a_suspended_member_an_expired_program_and_a_too_long_tenor_are_recorded_too() {
        send(new SuspendMember(PROGRAM, SUPPLIER, "overdue elsewhere", FUNDER));
        assertThat(request(bullet(F, "100.00", MATURITY)).refusalCode()).isEqualTo("member-suspended");
        assertThat(request(bullet(FinancingId.of("F-2"), "100.00", LocalDate.parse("2024-09-01"))).refusalCode())
                .isEqualTo("tenor-exceeds-maximum");
        send(new ExpireProgram(PROGRAM_365, LocalDate.parse("2024-12-31"), FUNDER));
        RequestDrawdown late = new RequestDrawdown(FinancingId.of("F-3"), PROGRAM_365, SUPPLIER, cny("100.00"),
                RepaymentMethod.BULLET, FinancingTenor.maturingOn(MATURITY), START, SUPPLIER);
        assertThat(request(late).refusalCode()).isEqualTo("program-expired");
        assertThat(events("financing:F-3")).singleElement().isInstanceOf(FinancingRequestRefused.class);
    }

    @Test
    void another_party_a_non_member_another_currency_an_unknown_program_and_a_reused_id_are_thrown_and_write_nothing() {
        thrownAndNothingWritten(new RequestDrawdown(F, PROGRAM, SUPPLIER, cny("100.00"), RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(MATURITY), START, STRANGER), "not-permitted");
        thrownAndNothingWritten(new RequestDrawdown(F, PROGRAM, SUPPLIER, Money.of("100.00", "USD"), RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(MATURITY), START, SUPPLIER), "currency-mismatch");
        thrownAndNothingWritten(new RequestDrawdown(F, PROGRAM, STRANGER, cny("100.00"), RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(MATURITY), START, STRANGER), "member-not-admitted");
        thrownAndNothingWritten(new RequestDrawdown(F, ProgramId.of("nowhere"), SUPPLIER, cny("100.00"),
                RepaymentMethod.BULLET, FinancingTenor.maturingOn(MATURITY), START, SUPPLIER), "program-not-found");
        send(bullet(F, "100.00", MATURITY));
        assertThatThrownBy(() -> send(bullet(F, "100.00", MATURITY))).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo("financing-already-requested"));
        assertThat(events(F.toString())).hasSize(1);
    }

    @Test
    void malformed_requests_are_refused_naming_the_field() {
        assertThatThrownBy(() -> new RequestDrawdown(F, PROGRAM, SUPPLIER, cny("0.00"), RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(MATURITY), START, SUPPLIER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> new RequestDrawdown(F, PROGRAM, SUPPLIER, cny("1.00"), RepaymentMethod.EQUAL_INSTALLMENT,
                FinancingTenor.maturingOn(MATURITY), START, SUPPLIER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenor");
        assertThatThrownBy(() -> new RequestDrawdown(F, PROGRAM, SUPPLIER, cny("1.00"), RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(START), START, SUPPLIER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenor");
        assertThatThrownBy(() -> FinancingTenor.monthly(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("periods");
        assertThatThrownBy(() -> DecideFinancing.decline(F, List.of(), START, FUNDER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reasons");
        assertThatThrownBy(() -> new RepayFinancing(F, Money.exact(new BigDecimal("1.005"), Currency.getInstance("CNY")),
                null, START, SUPPLIER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
    }

    // ------------------------------------------------------------------ decision

    @Test
    void a_decline_gives_the_reservation_back_in_the_same_unit_of_work() {
        send(bullet(F, "10000.00", MATURITY));
        send(DecideFinancing.decline(F, List.of("incomplete file"), START, FUNDER));

        assertThat(events(F.toString())).last()
                .isEqualTo(new FinancingDeclined(F, FUNDER, List.of("incomplete file"), START));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new ReservationReleased(PROGRAM, F, SUPPLIER,
                cny("10000.00"), "declined: incomplete file", START, FUNDER));
    }

    @Test
    void only_the_funder_decides_and_only_once() {
        send(bullet(F, "10000.00", MATURITY));
        refused(DecideFinancing.approve(F, START, SUPPLIER), "not-permitted");
        send(DecideFinancing.approve(F, START, FUNDER));
        assertThat(events(F.toString())).last().isEqualTo(new FinancingApproved(F, FUNDER, List.of(), START));
        refused(DecideFinancing.decline(F, List.of("changed my mind"), START, FUNDER), "financing-not-pending");
        refused(DecideFinancing.approve(FinancingId.of("nothing"), START, FUNDER), "financing-not-found");
    }

    @Test
    void a_refused_request_cannot_be_approved() {
        send(bullet(F, "20000.01", MATURITY));
        refused(DecideFinancing.approve(F, START, FUNDER), "financing-not-pending");
    }

    // ------------------------------------------------------------------ disbursement

    @Test
    void a_bullet_disbursement_fixes_the_schedule_and_draws_the_reservation() {
        approved(bullet(F, "10000.00", MATURITY));
        send(new DisburseFinancing(F, START, FUNDER));

        FinancingDisbursed disbursed = (FinancingDisbursed) events(F.toString()).get(2);
        assertThat(disbursed.disbursedAmount()).isEqualTo(cny("10000.00"));
        assertThat(disbursed.schedule().installments()).singleElement().satisfies(i -> {
            assertThat(i.dueDate()).isEqualTo(MATURITY);
            assertThat(i.interest()).isEqualTo(cny("219.92")); // 10 000 × 0.0435 × 182 / 360
            assertThat(i.total()).isEqualTo(cny("10219.92"));
        });
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new PrincipalDrawn(PROGRAM, F, SUPPLIER, cny("10000.00"), START));
    }

    @Test
    void a_discount_pays_out_the_principal_less_the_interest() {
        approved(new RequestDrawdown(F, PROGRAM, SUPPLIER, cny("10000.00"), RepaymentMethod.DISCOUNT,
                FinancingTenor.maturingOn(MATURITY), START, SUPPLIER));
        send(new DisburseFinancing(F, START, FUNDER));

        FinancingDisbursed disbursed = (FinancingDisbursed) events(F.toString()).get(2);
        assertThat(disbursed.upfrontInterest()).isEqualTo(cny("219.92"));
        assertThat(disbursed.disbursedAmount()).isEqualTo(cny("9780.08"));
    }

    @Test
    void an_equal_installment_schedule_is_the_worked_example() {
        approved(monthly(F, RepaymentMethod.EQUAL_INSTALLMENT, 3));
        send(new DisburseFinancing(F, START, FUNDER));

        FinancingDisbursed disbursed = (FinancingDisbursed) events(F.toString()).get(2);
        assertThat(disbursed.schedule().installments()).extracting(Installment::total)
                .containsExactly(cny("3357.53"), cny("3357.53"), cny("3358.34"));
    }

    @Test
    void only_the_funder_disburses_only_approved_financings_and_not_in_an_expired_program() {
        send(bullet(F, "10000.00", MATURITY));
        refused(new DisburseFinancing(F, START, FUNDER), "financing-not-approved");
        send(DecideFinancing.approve(F, START, FUNDER));
        refused(new DisburseFinancing(F, START, SUPPLIER), "not-permitted");
        refused(new DisburseFinancing(F, START.minusDays(1), FUNDER), "date-out-of-order");
        refused(new DisburseFinancing(F, MATURITY, FUNDER), "maturity-passed");
        send(new ExpireProgram(PROGRAM, LocalDate.parse("2024-12-31"), FUNDER));
        int financingEvents = events(F.toString()).size();
        refused(new DisburseFinancing(F, START, FUNDER), "program-expired");
        assertThat(events(F.toString())).as("the financing is not disbursed either").hasSize(financingEvents);
    }

    // ------------------------------------------------------------------ repayment

    @Test
    void a_bullet_repaid_at_maturity_is_repaid_in_full_and_the_line_restored() {
        disbursed(bullet(F, "10000.00", MATURITY));
        send(new RepayFinancing(F, cny("10219.92"), null, MATURITY, SUPPLIER));

        var zero = cny("0.00");
        assertThat(events(F.toString())).endsWith(
                new FinancingRepaid(F, PROGRAM, SUPPLIER, cny("10219.92"), zero, cny("219.92"), cny("10000.00"), zero, zero,
                        zero, null, null, zero, MATURITY, SUPPLIER),
                new FinancingRepaidInFull(F, PROGRAM, SUPPLIER, cny("10000.00"), MATURITY));
        assertThat(events(PROGRAM.toString())).last()
                .isEqualTo(new PrincipalRepaid(PROGRAM, F, SUPPLIER, cny("10000.00"), zero, MATURITY));
        refused(new RepayFinancing(F, cny("1.00"), null, MATURITY, SUPPLIER), "financing-repaid-in-full");
    }

    @Test
    void a_late_repayment_goes_to_penalty_then_interest_then_principal() {
        // formulas.md §4: installment 2 (due 03-15) missed; 2000.00 on 04-04 → 12.09 / 23.41 / 1964.50
        disbursed(monthly(F, RepaymentMethod.EQUAL_INSTALLMENT, 3));
        send(new RepayFinancing(F, cny("3357.53"), null, LocalDate.parse("2024-02-15"), SUPPLIER));
        send(new RepayFinancing(F, cny("2000.00"), null, LocalDate.parse("2024-04-04"), FUNDER));

        var zero = cny("0.00");
        assertThat(events(F.toString())).last().isEqualTo(new FinancingRepaid(F, PROGRAM, SUPPLIER, cny("2000.00"),
                cny("12.09"), cny("23.41"), cny("1964.50"), zero, zero, zero, null, null, cny("4715.43"),
                LocalDate.parse("2024-04-04"), FUNDER));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new PrincipalRepaid(PROGRAM, F, SUPPLIER, cny("1964.50"),
                cny("4715.43"), LocalDate.parse("2024-04-04")));
    }

    @Test
    void an_early_repayment_pays_interest_for_the_days_used_and_reschedules() {
        // formulas.md §5: bullet, ACT/365, 4000.00 prepaid on 2024-04-15: 108.45 for the 91 days used, 6000.00 + 65.07 left
        disbursed(new RequestDrawdown(F, PROGRAM_365, SUPPLIER, cny("10000.00"), RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(MATURITY), START, SUPPLIER));
        LocalDate day = LocalDate.parse("2024-04-15");
        send(new RepayFinancing(F, cny("4108.45"), EarlyRepaymentOption.SHORTEN_TERM, day, SUPPLIER));

        FinancingRepaid repaid = (FinancingRepaid) events(F.toString()).get(3);
        assertThat(repaid.principalPrepaid()).isEqualTo(cny("4000.00"));
        assertThat(repaid.interestForDaysUsed()).isEqualTo(cny("108.45"));
        assertThat(repaid.outstandingPrincipal()).isEqualTo(cny("6000.00"));
        assertThat(repaid.rescheduled().installments()).singleElement()
                .satisfies(i -> assertThat(i.total()).isEqualTo(cny("6065.07")));
        assertThat(events(PROGRAM_365.toString())).last()
                .isEqualTo(new PrincipalRepaid(PROGRAM_365, F, SUPPLIER, cny("4000.00"), cny("6000.00"), day));

        send(new RepayFinancing(F, cny("6065.07"), null, MATURITY, SUPPLIER));
        assertThat(events(F.toString())).last().isInstanceOf(FinancingRepaidInFull.class);
    }

    @Test
    void repaying_everything_early_needs_no_choice() {
        disbursed(bullet(F, "10000.00", MATURITY));
        LocalDate day = LocalDate.parse("2024-04-15"); // 91 days: 10 000 × 0.0435 × 91 / 360 = 109.96
        send(new RepayFinancing(F, cny("10109.96"), null, day, SUPPLIER));
        assertThat(events(F.toString())).last().isEqualTo(new FinancingRepaidInFull(F, PROGRAM, SUPPLIER, cny("10000.00"), day));
    }

    @Test
    void repayment_refusals() {
        send(bullet(F, "10000.00", MATURITY));
        refused(new RepayFinancing(F, cny("1.00"), null, START, SUPPLIER), "financing-not-disbursed");
        send(DecideFinancing.approve(F, START, FUNDER));
        send(new DisburseFinancing(F, START, FUNDER));
        LocalDate day = LocalDate.parse("2024-04-15");
        refused(new RepayFinancing(F, cny("1.00"), null, day, STRANGER), "not-permitted");
        refused(new RepayFinancing(F, Money.of("1.00", "USD"), null, day, SUPPLIER), "currency-mismatch");
        refused(new RepayFinancing(F, cny("500.00"), null, day, SUPPLIER), "early-repayment-choice-required");
        refused(new RepayFinancing(F, cny("100.00"), EarlyRepaymentOption.SHORTEN_TERM, day, SUPPLIER),
                "early-repayment-below-interest");
        refused(new RepayFinancing(F, cny("10109.97"), null, day, SUPPLIER), "repayment-exceeds-payoff");
        refused(new RepayFinancing(F, cny("1.00"), null, START.minusDays(1), SUPPLIER), "date-out-of-order");
    }

    // ------------------------------------------------------------------ helpers

    private void approved(RequestDrawdown request) {
        send(request);
        send(DecideFinancing.approve(request.financingId(), START, FUNDER));
    }

    private void disbursed(RequestDrawdown request) {
        approved(request);
        send(new DisburseFinancing(request.financingId(), START, FUNDER));
    }

    static RequestDrawdown bullet(FinancingId id, String amount, LocalDate maturity) {
        return new RequestDrawdown(id, PROGRAM, SUPPLIER, cny(amount), RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(maturity), START, SUPPLIER);
    }

    static RequestDrawdown monthly(FinancingId id, RepaymentMethod method, int periods) {
        return new RequestDrawdown(id, PROGRAM, SUPPLIER, cny("10000.00"), method, FinancingTenor.monthly(periods), START,
                SUPPLIER);
    }

    private void thrownAndNothingWritten(RequestDrawdown command, String code) {
        int programEvents = events(PROGRAM.toString()).size();
        assertThatThrownBy(() -> send(command)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
        assertThat(events(command.financingId().toString())).isEmpty();
        assertThat(events(PROGRAM.toString())).hasSize(programEvents);
    }

    private void refused(Object command, String code) {
        assertThatThrownBy(() -> send(command)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
    }

    private DrawdownRequestOutcome request(RequestDrawdown command) {
        return send(command);
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
