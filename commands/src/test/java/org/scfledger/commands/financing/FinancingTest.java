package org.scfledger.commands.financing;

import static org.scfledger.commands.testing.Refusals.refusedWith;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.financing.FinancingEvent.FinancingApproved;
import org.scfledger.core.financing.FinancingEvent.FinancingDisbursed;
import org.scfledger.core.financing.FinancingEvent.FinancingOverdue;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaid;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaidInFull;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.core.financing.FinancingEvent.FinancingWrittenOff;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.MarkOverdue;
import org.scfledger.core.financing.WriteOffFinancing;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.lending.Schedule;
import org.scfledger.core.lending.ScheduleCalculator;
import org.scfledger.core.lending.ScheduleTerms;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;

/**
 * The financing aggregate's own commands, business-date processing and write-off, on the position example of
 * docs/formulas.md §4: 10 000.00 CNY at 4.35 % ACT/360, equal installments from 2024-01-15 (3357.53, 3357.53,
 * 3358.34), 3357.53 repaid on 02-15, 2000.00 on 04-04 (installment 2 missed).
 */
class FinancingTest {

    static final FinancingId F = FinancingId.of("F-1");
    static final ProgramId PROGRAM = ProgramId.of("prog-1");
    static final PartyId FUNDER = PartyId.of("bank-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final LocalDate START = LocalDate.parse("2024-01-15");
    static final ProgramPricing PRICING = ProgramPricing.of(Rate.percent("4.35"));
    static final Schedule SCHEDULE = ScheduleCalculator.schedule(RepaymentMethod.EQUAL_INSTALLMENT,
            ScheduleTerms.monthly(cny("10000.00"), PRICING.annualRate(), DayCount.ACT_360, START, 3));
    static final Money ZERO = cny("0.00");

    static final FinancingRequested REQUESTED = new FinancingRequested(F, FinancingKind.LINE_DRAWDOWN, PROGRAM, SUPPLIER,
            FUNDER, cny("10000.00"), RepaymentMethod.EQUAL_INSTALLMENT, FinancingTenor.monthly(3), PRICING, START);
    static final FinancingApproved APPROVED = new FinancingApproved(F, FUNDER, List.of(), START);
    static final FinancingDisbursed DISBURSED = new FinancingDisbursed(F, PROGRAM, SUPPLIER, cny("10000.00"), ZERO,
            cny("10000.00"), SCHEDULE, START, FUNDER);
    static final FinancingRepaid FIRST = new FinancingRepaid(F, PROGRAM, SUPPLIER, cny("3357.53"), ZERO, cny("37.46"),
            cny("3320.07"), ZERO, ZERO, ZERO, null, null, cny("6679.93"), LocalDate.parse("2024-02-15"), SUPPLIER);
    static final FinancingRepaid LATE = new FinancingRepaid(F, PROGRAM, SUPPLIER, cny("2000.00"), cny("12.09"),
            cny("23.41"), cny("1964.50"), ZERO, ZERO, ZERO, null, null, cny("4715.43"), LocalDate.parse("2024-04-04"),
            SUPPLIER);
    static final LocalDate APRIL_10 = LocalDate.parse("2024-04-10");
    static final LocalDate JULY_20 = LocalDate.parse("2024-07-20");
    static final FinancingOverdue OVERDUE_APRIL_10 = new FinancingOverdue(F, PROGRAM, SUPPLIER, 26, AgeingBucket.DPD_1_30,
            2, cny("1369.62"), ZERO, cny("1.49"), APRIL_10);

    AggregateTestFixture<Financing> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Financing.class);
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    // ------------------------------------------------------------------ business-date processing

    @Test
    void an_overdue_installment_is_reported_with_its_ageing_and_penalty() {
        fixture.given(REQUESTED, APPROVED, DISBURSED, FIRST, LATE)
                .when(new MarkOverdue(F, APRIL_10, PartyId.OPERATOR))
                .expectEvents(OVERDUE_APRIL_10);
    }

    @Test
    void a_new_bucket_and_a_newly_overdue_installment_are_reported_again() {
        // 127 days past due (since 03-15); penalty 96.87 accrued − 12.09 paid = 84.78; installment 3's interest due
        fixture.given(REQUESTED, APPROVED, DISBURSED, FIRST, LATE, OVERDUE_APRIL_10)
                .when(new MarkOverdue(F, JULY_20, PartyId.OPERATOR))
                .expectEvents(new FinancingOverdue(F, PROGRAM, SUPPLIER, 127, AgeingBucket.DPD_90_PLUS, 3, cny("4715.43"),
                        cny("12.53"), cny("84.78"), JULY_20));
    }

    @Test
    void nothing_new_writes_nothing() {
        fixture.given(REQUESTED, APPROVED, DISBURSED, FIRST, LATE, OVERDUE_APRIL_10)
                .when(new MarkOverdue(F, APRIL_10.plusDays(2), PartyId.OPERATOR))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_financing_paid_on_time_is_not_overdue() {
        fixture.given(REQUESTED, APPROVED, DISBURSED, FIRST)
                .when(new MarkOverdue(F, LocalDate.parse("2024-03-15"), PartyId.OPERATOR))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void the_day_after_the_due_date_is_one_day_past_due() {
        fixture.given(REQUESTED, APPROVED, DISBURSED)
                .when(new MarkOverdue(F, LocalDate.parse("2024-02-16"), PartyId.OPERATOR))
                // 3320.07 overdue one day at 6.525 % ACT/360 = 0.6018 → 0.60
                .expectEvents(new FinancingOverdue(F, PROGRAM, SUPPLIER, 1, AgeingBucket.DPD_1_30, 1, cny("3320.07"),
                        cny("37.46"), cny("0.60"), LocalDate.parse("2024-02-16")));
    }

    @Test
    void business_date_processing_refusals() {
        fixture.given(REQUESTED, APPROVED, DISBURSED).when(new MarkOverdue(F, APRIL_10, SUPPLIER))
                .expectException(refusedWith("not-permitted")).expectNoEvents();
        fixture.given(REQUESTED, APPROVED).when(new MarkOverdue(F, APRIL_10, PartyId.OPERATOR))
                .expectException(refusedWith("financing-not-disbursed")).expectNoEvents();
        fixture.given(REQUESTED, APPROVED, DISBURSED, FIRST, LATE).when(new MarkOverdue(F, APRIL_10.minusDays(7), PartyId.OPERATOR))
                .expectException(refusedWith("date-out-of-order")).expectNoEvents();
        fixture.given(REQUESTED, APPROVED, DISBURSED, writtenOff()).when(new MarkOverdue(F, JULY_20, PartyId.OPERATOR))
                .expectException(refusedWith("financing-written-off")).expectNoEvents();
        fixture.given(REQUESTED, APPROVED, DISBURSED, new FinancingRepaidInFull(F, PROGRAM, SUPPLIER, cny("10000.00"), START))
                .when(new MarkOverdue(F, JULY_20, PartyId.OPERATOR))
                .expectException(refusedWith("financing-repaid-in-full")).expectNoEvents();
    }

    // ------------------------------------------------------------------ write-off

    @Test
    void the_funder_writes_off_what_is_owed() {
        fixture.given(REQUESTED, APPROVED, DISBURSED, FIRST, LATE, OVERDUE_APRIL_10)
                .when(new WriteOffFinancing(F, "borrower insolvent", JULY_20, FUNDER))
                .expectEvents(writtenOff());
    }

    @Test
    void write_off_refusals() {
        fixture.given(REQUESTED, APPROVED, DISBURSED).when(new WriteOffFinancing(F, "insolvent", JULY_20, SUPPLIER))
                .expectException(refusedWith("not-permitted")).expectNoEvents();
        fixture.given(REQUESTED).when(new WriteOffFinancing(F, "insolvent", JULY_20, FUNDER))
                .expectException(refusedWith("financing-not-disbursed")).expectNoEvents();
        fixture.given(REQUESTED, APPROVED, DISBURSED, writtenOff())
                .when(new WriteOffFinancing(F, "insolvent", JULY_20, FUNDER))
                .expectException(refusedWith("financing-already-written-off")).expectNoEvents();
    }

    static FinancingWrittenOff writtenOff() {
        return new FinancingWrittenOff(F, PROGRAM, SUPPLIER, cny("4715.43"), cny("12.53"), cny("84.78"), 127,
                "borrower insolvent", JULY_20, FUNDER);
    }
}
