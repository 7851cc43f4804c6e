package org.scfledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.commands.testing.Parties;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.MarkOverdue;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.financing.WriteOffFinancing;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.lending.EarlyRepaymentOption;
import org.scfledger.core.lending.Installment;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.financing.Decision;
import org.scfledger.projections.financing.FinancingStatus;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.financing.OverdueReport;
import org.scfledger.projections.financing.Paid;
import org.scfledger.projections.financing.RepaymentPosition;
import org.scfledger.projections.financing.RepaymentRecord;
import org.scfledger.projections.financing.WriteOff;
import org.scfledger.projections.query.FinancingFilter;
import org.scfledger.projections.query.FinancingTotals;
import org.scfledger.projections.query.FinancingTotals.BucketTotal;
import org.scfledger.projections.query.Page;
import org.scfledger.projections.query.PageRequest;
import org.scfledger.projections.query.TotalsBy;
import org.scfledger.projections.testing.ReadSideHarness;

/**
 * The financing book over a few months of line drawdowns (众微贷) in two programs of one core enterprise with two
 * funders: every repayment method, repayments on time and late, two early repayments (shorten the term, lower the
 * installment), a discount prepaid with its unearned interest refunded, overdue processing with penalty interest, a
 * write-off; then the book's totals by program, member and funder with ageing buckets, its filters and its pages.
 *
 * <p>Program A (bank-a): 4.35 % ACT/360, penalty 1.5 × 4.35 % = 6.525 %. Program B (bank-b): 6 % 30/360. Interest of a
 * period = round_half_even(opening × rate × days / 360); penalty = overdue principal × 6.525 % × days / 360 from the
 * day after the due date, summed unrounded and booked when read; days past due in calendar days.
 *
 * <pre>
 * F-1 A supplier-1 10 000.00 equal installment, 3 months from 2024-01-15; 2nd installment missed, 2000.00 on 04-04
 * F-2 A dealer-2   20 000.00 bullet to 2024-07-15; 8 145.00 on 03-15 prepays 8 000.00, term kept (SHORTEN_TERM)
 * F-3 B supplier-1 12 000.00 equal installment, 6 months from 2024-01-10; 3 020.10 on 03-25, LOWER_INSTALLMENT
 * F-4 A dealer-2   10 000.00 discount to 2024-07-15
 * F-5 A dealer-3    9 000.00 equal principal, 3 months from 2024-02-01; nothing paid
 * F-6 B supplier-1  5 000.00 bullet, requested, not decided
 * F-7 A dealer-3    1 000.00 bullet, declined
 * </pre>
 */
class FinancingBookIT {

    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK_A = PartyId.of("bank-a");
    static final PartyId BANK_B = PartyId.of("bank-b");
    static final PartyId SUPPLIER_1 = PartyId.of("supplier-1");
    static final PartyId DEALER_2 = PartyId.of("dealer-2");
    static final PartyId DEALER_3 = PartyId.of("dealer-3");
    static final ProgramId PROGRAM_A = ProgramId.of("prog-fin-a");
    static final ProgramId PROGRAM_B = ProgramId.of("prog-fin-b");
    static final ProgramPricing PRICING_A = ProgramPricing.of(Rate.percent("4.35"));
    static final ProgramPricing PRICING_B = ProgramPricing.of(Rate.percent("6")).withDayCount(DayCount.THIRTY_360);

    static final FinancingId F1 = FinancingId.of("F-1");
    static final FinancingId F2 = FinancingId.of("F-2");
    static final FinancingId F3 = FinancingId.of("F-3");
    static final FinancingId F4 = FinancingId.of("F-4");
    static final FinancingId F5 = FinancingId.of("F-5");
    static final FinancingId F6 = FinancingId.of("F-6");
    static final FinancingId F7 = FinancingId.of("F-7");
    static final List<FinancingId> ALL = List.of(F1, F2, F3, F4, F5, F6, F7);

    static final LocalDate JAN_10 = LocalDate.parse("2024-01-10");
    static final LocalDate JAN_15 = LocalDate.parse("2024-01-15");
    static final LocalDate FEB_01 = LocalDate.parse("2024-02-01");
    static final LocalDate APR_01 = LocalDate.parse("2024-04-01");
    static final LocalDate JUN_30 = LocalDate.parse("2024-06-30");
    static final LocalDate JUL_15 = LocalDate.parse("2024-07-15");
    /** The first report date: business-date processing ran, the book is read as of it. */
    static final LocalDate REPORT = LocalDate.parse("2024-04-10");
    static final LocalDate MAY_20 = LocalDate.parse("2024-05-20");
    /** The second report date, after the write-off. */
    static final LocalDate JUL_20 = LocalDate.parse("2024-07-20");

    final ReadSideHarness ledger = new ReadSideHarness();
    final CommandGateway gateway = ledger.gateway();

    @AfterEach
    void stop() {
        ledger.close();
    }

    // ------------------------------------------------------------------ 1. each financing as of the report date

    @Test
    void each_method_its_schedule_repayments_and_position_as_of_the_report_date() {
        untilTheReportDate();

        // F-1, the position example of docs/formulas.md §4. A = 10 000 × r / (1 − (1 + r)^−3), r = 0.0435 / 12,
        // = 3357.53; interest 10 000 × 0.0435 × 31/360 = 37.46, 6679.93 × 0.0435 × 29/360 = 23.41,
        // 3345.81 × 0.0435 × 31/360 = 12.53 (the last installment repays what is left).
        FinancingView f1 = financing(F1, REPORT);
        assertRequest(f1, PROGRAM_A, SUPPLIER_1, BANK_A, "10000.00", RepaymentMethod.EQUAL_INSTALLMENT,
                FinancingTenor.monthly(3), JAN_15);
        assertThat(f1.status()).isEqualTo(FinancingStatus.DISBURSED);
        assertThat(f1.decision()).isEqualTo(new Decision(FinancingStatus.APPROVED, null, List.of(), BANK_A, JAN_15));
        assertDisbursed(f1, "10000.00", "0.00", "10000.00", JAN_15, BANK_A);
        assertThat(f1.schedule()).containsExactly(
                installment(1, "2024-02-15", "3320.07", "37.46", "3357.53", "10000.00", "6679.93"),
                installment(2, "2024-03-15", "3334.12", "23.41", "3357.53", "6679.93", "3345.81"),
                installment(3, "2024-04-15", "3345.81", "12.53", "3358.34", "3345.81", "0.00"));
        assertThat(f1.disbursement().schedule().installments()).isEqualTo(f1.schedule());
        // 04-04: 20 days late on 3334.12 → penalty 3334.12 × 6.525 % × 20/360 = 12.086185 → 12.09, then 23.41
        // interest, the rest 1964.50 to principal; 3334.12 − 1964.50 = 1369.62 stays overdue
        assertThat(f1.repayments()).containsExactly(
                paidOnTime("2024-02-15", "3357.53", "37.46", "3320.07", "6679.93", SUPPLIER_1),
                new RepaymentRecord(date("2024-04-04"), cny("2000.00"), cny("12.09"), cny("23.41"), cny("1964.50"),
                        ZERO, ZERO, ZERO, null, cny("4715.43"), SUPPLIER_1));
        assertThat(f1.paid()).isEqualTo(paid("5357.53", "12.09", "60.87", "5284.57", "0.00"));
        // as of 04-10: penalty 12.086185 + 1369.62 × 6.525 % × 6/360 (1.48946175) = 13.57564675 → 13.58 − 12.09
        // paid = 1.49; installment 3's interest for 26 days 3345.81 × 0.0435 × 26/360 = 10.51; 26 days since 03-15
        assertThat(f1.position()).isEqualTo(new RepaymentPosition(REPORT, cny("4715.43"), cny("1369.62"), ZERO,
                cny("1369.62"), cny("1.49"), cny("10.51"), cny("1371.11"), cny("4727.43"), 26, AgeingBucket.DPD_1_30));
        assertThat(f1.lastOverdue()).isEqualTo(new OverdueReport(26, AgeingBucket.DPD_1_30, 2, cny("1369.62"),
                cny("1.49"), REPORT));
        assertThat(f1.writeOff()).isNull();
        assertThat(f1.repaidOn()).isNull();
        assertThat(f1.receivable()).isNull();

        // F-2, bullet: 20 000 × 0.0435 × 182/360 = 439.83 at maturity. On 03-15 (60 days) 8 145.00 pays the
        // interest for the days used 20 000 × 0.0435 × 60/360 = 145.00 and prepays 8 000.00; 12 000.00 remain,
        // due 07-15 with 12 000 × 0.0435 × 122/360 = 176.90.
        FinancingView f2 = financing(F2, REPORT);
        assertRequest(f2, PROGRAM_A, DEALER_2, BANK_A, "20000.00", RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(JUL_15), JAN_15);
        assertDisbursed(f2, "20000.00", "0.00", "20000.00", JAN_15, BANK_A);
        assertThat(f2.disbursement().schedule().installments()).containsExactly(
                installment(1, "2024-07-15", "20000.00", "439.83", "20439.83", "20000.00", "0.00"));
        assertThat(f2.schedule()).as("the schedule in force").containsExactly(
                installment(1, "2024-07-15", "12000.00", "176.90", "12176.90", "12000.00", "0.00"));
        assertThat(f2.repayments()).containsExactly(new RepaymentRecord(date("2024-03-15"), cny("8145.00"), ZERO,
                ZERO, ZERO, cny("8000.00"), cny("145.00"), ZERO, EarlyRepaymentOption.SHORTEN_TERM, cny("12000.00"),
                DEALER_2));
        assertThat(f2.paid()).isEqualTo(paid("8145.00", "0.00", "145.00", "8000.00", "0.00"));
        // 26 days accrued since 03-15: 12 000 × 0.0435 × 26/360 = 37.70
        assertThat(f2.position()).isEqualTo(new RepaymentPosition(REPORT, cny("12000.00"), ZERO, ZERO, ZERO, ZERO,
                cny("37.70"), ZERO, cny("12037.70"), 0, AgeingBucket.CURRENT));

        // F-3, 6 % 30/360: r = 0.005, A = 12 000 × 0.005 / (1 − 1.005^−6) = 2035.15; every period 30 days.
        FinancingView f3 = financing(F3, REPORT);
        assertRequest(f3, PROGRAM_B, SUPPLIER_1, BANK_B, "12000.00", RepaymentMethod.EQUAL_INSTALLMENT,
                FinancingTenor.monthly(6), JAN_10);
        assertThat(f3.disbursement().schedule().installments()).containsExactly(
                installment(1, "2024-02-10", "1975.15", "60.00", "2035.15", "12000.00", "10024.85"),
                installment(2, "2024-03-10", "1985.03", "50.12", "2035.15", "10024.85", "8039.82"),
                installment(3, "2024-04-10", "1994.95", "40.20", "2035.15", "8039.82", "6044.87"),
                installment(4, "2024-05-10", "2004.93", "30.22", "2035.15", "6044.87", "4039.94"),
                installment(5, "2024-06-10", "2014.95", "20.20", "2035.15", "4039.94", "2024.99"),
                installment(6, "2024-07-10", "2024.99", "10.12", "2035.11", "2024.99", "0.00"));
        // 03-25, 15 days into period 3: interest for the days used 8039.82 × 0.06 × 15/360 = 20.10, 3000.00
        // prepaid; B' = 5039.82 over the 4 due dates left: A' = 5039.82 × 0.005 / (1 − 1.005^−4) = 1275.74;
        // installment 3 accrues 15 days from 03-25: 5039.82 × 0.06 × 15/360 = 12.60
        assertThat(f3.schedule()).containsExactly(
                installment(3, "2024-04-10", "1263.14", "12.60", "1275.74", "5039.82", "3776.68"),
                installment(4, "2024-05-10", "1256.86", "18.88", "1275.74", "3776.68", "2519.82"),
                installment(5, "2024-06-10", "1263.14", "12.60", "1275.74", "2519.82", "1256.68"),
                installment(6, "2024-07-10", "1256.68", "6.28", "1262.96", "1256.68", "0.00"));
        assertThat(f3.repayments()).containsExactly(
                paidOnTime("2024-02-10", "2035.15", "60.00", "1975.15", "10024.85", SUPPLIER_1),
                paidOnTime("2024-03-10", "2035.15", "50.12", "1985.03", "8039.82", SUPPLIER_1),
                new RepaymentRecord(date("2024-03-25"), cny("3020.10"), ZERO, ZERO, ZERO, cny("3000.00"),
                        cny("20.10"), ZERO, EarlyRepaymentOption.LOWER_INSTALLMENT, cny("5039.82"), SUPPLIER_1),
                paidOnTime("2024-04-10", "1275.74", "12.60", "1263.14", "3776.68", SUPPLIER_1));
        assertThat(f3.paid()).isEqualTo(paid("8366.14", "0.00", "142.82", "8223.32", "0.00"));
        assertThat(f3.position()).isEqualTo(new RepaymentPosition(REPORT, cny("3776.68"), ZERO, ZERO, ZERO, ZERO,
                ZERO, ZERO, cny("3776.68"), 0, AgeingBucket.CURRENT));

        // F-4, discount: 10 000 × 0.0435 × 182/360 = 219.9166… → 219.92 deducted up front, 9780.08 paid out.
        FinancingView f4 = financing(F4, REPORT);
        assertRequest(f4, PROGRAM_A, DEALER_2, BANK_A, "10000.00", RepaymentMethod.DISCOUNT,
                FinancingTenor.maturingOn(JUL_15), JAN_15);
        assertDisbursed(f4, "10000.00", "219.92", "9780.08", JAN_15, BANK_A);
        assertThat(f4.schedule()).containsExactly(
                installment(1, "2024-07-15", "10000.00", "0.00", "10000.00", "10000.00", "0.00"));
        assertThat(f4.position()).isEqualTo(new RepaymentPosition(REPORT, cny("10000.00"), ZERO, ZERO, ZERO, ZERO,
                ZERO, ZERO, cny("10000.00"), 0, AgeingBucket.CURRENT));

        // F-5, equal principal 9000 / 3 = 3000.00: 9000 × 0.0435 × 29/360 = 31.5375 → 31.54,
        // 6000 × 0.0435 × 31/360 = 22.475 → 22.48, 3000 × 0.0435 × 30/360 = 10.875 → 10.88 (half-even).
        FinancingView f5 = financing(F5, REPORT);
        assertRequest(f5, PROGRAM_A, DEALER_3, BANK_A, "9000.00", RepaymentMethod.EQUAL_PRINCIPAL,
                FinancingTenor.monthly(3), FEB_01);
        assertThat(f5.schedule()).containsExactly(
                installment(1, "2024-03-01", "3000.00", "31.54", "3031.54", "9000.00", "6000.00"),
                installment(2, "2024-04-01", "3000.00", "22.48", "3022.48", "6000.00", "3000.00"),
                installment(3, "2024-05-01", "3000.00", "10.88", "3010.88", "3000.00", "0.00"));
        assertThat(f5.repayments()).isEmpty();
        assertThat(f5.paid()).isEqualTo(paid("0.00", "0.00", "0.00", "0.00", "0.00"));
        // nothing paid: 40 days since 03-01; penalty 3000 × 6.525 % × 40/360 = 21.75 + 3000 × 6.525 % × 9/360 =
        // 4.89375 → 26.64375 → 26.64; due interest 31.54 + 22.48 = 54.02; installment 3 accrues 9 days:
        // 3000 × 0.0435 × 9/360 = 3.2625 → 3.26; payoff 26.64 + 54.02 + 6000 + 3000 + 3.26 = 9083.92
        assertThat(f5.position()).isEqualTo(new RepaymentPosition(REPORT, cny("9000.00"), cny("6000.00"),
                cny("54.02"), cny("6000.00"), cny("26.64"), cny("3.26"), cny("6080.66"), cny("9083.92"), 40,
                AgeingBucket.DPD_31_60));
        assertThat(f5.lastOverdue()).isEqualTo(new OverdueReport(40, AgeingBucket.DPD_31_60, 2, cny("6000.00"),
                cny("26.64"), REPORT));

        // F-6 waits for the funder; F-7 was declined: nothing owed on either
        FinancingView f6 = financing(F6, REPORT);
        assertRequest(f6, PROGRAM_B, SUPPLIER_1, BANK_B, "5000.00", RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(JUN_30), APR_01);
        assertThat(f6.status()).isEqualTo(FinancingStatus.REQUESTED);
        assertThat(f6.decision()).isNull();
        assertThat(f6.disbursement()).isNull();
        assertThat(f6.schedule()).isEmpty();
        assertThat(f6.position()).isNull();
        FinancingView f7 = financing(F7, REPORT);
        assertThat(f7.status()).isEqualTo(FinancingStatus.DECLINED);
        assertThat(f7.decision()).isEqualTo(new Decision(FinancingStatus.DECLINED, null,
                List.of("dealer-3 is past due on F-5"), BANK_A, APR_01));
        assertThat(f7.position()).isNull();

        // The lines: what is drawn and not repaid; F-6's 5000.00 reserved, F-7's given back.
        assertLine(PROGRAM_A, SUPPLIER_1, "0.00", "4715.43");
        assertLine(PROGRAM_A, DEALER_2, "0.00", "22000.00");
        assertLine(PROGRAM_A, DEALER_3, "0.00", "9000.00");
        assertLine(PROGRAM_B, SUPPLIER_1, "5000.00", "3776.68");

        assertAsOfEqualsLive(REPORT);
    }

    // ------------------------------------------------------------------ 2. the book as of the report date

    @Test
    void totals_by_program_member_and_funder_filters_and_pages_as_of_the_report_date() {
        untilTheReportDate();

        // Outstanding on 04-10: F-1 4715.43 (26 days past due), F-2 12 000.00, F-3 3776.68 (paid to date),
        // F-4 10 000.00, F-5 9000.00 (40 days past due); F-6 and F-7 never disbursed.
        assertThat(ledger.queries.financingTotals(FinancingFilter.all(), TotalsBy.PROGRAM, REPORT)).containsExactly(
                totals("program:prog-fin-a", REPORT, 5, 4, "49000.00", "35715.43",
                        buckets("2:22000.00", "1:4715.43", "1:9000.00", "0:0.00", "0:0.00")),
                totals("program:prog-fin-b", REPORT, 2, 1, "12000.00", "3776.68",
                        buckets("1:3776.68", "0:0.00", "0:0.00", "0:0.00", "0:0.00")));
        assertThat(ledger.queries.financingTotals(FinancingFilter.all(), TotalsBy.MEMBER, REPORT)).containsExactly(
                totals("party:dealer-2", REPORT, 2, 2, "30000.00", "22000.00",
                        buckets("2:22000.00", "0:0.00", "0:0.00", "0:0.00", "0:0.00")),
                totals("party:dealer-3", REPORT, 2, 1, "9000.00", "9000.00",
                        buckets("0:0.00", "0:0.00", "1:9000.00", "0:0.00", "0:0.00")),
                totals("party:supplier-1", REPORT, 3, 2, "22000.00", "8492.11",
                        buckets("1:3776.68", "1:4715.43", "0:0.00", "0:0.00", "0:0.00")));
        assertThat(ledger.queries.financingTotals(FinancingFilter.all(), TotalsBy.FUNDER, REPORT)).containsExactly(
                totals("party:bank-a", REPORT, 5, 4, "49000.00", "35715.43",
                        buckets("2:22000.00", "1:4715.43", "1:9000.00", "0:0.00", "0:0.00")),
                totals("party:bank-b", REPORT, 2, 1, "12000.00", "3776.68",
                        buckets("1:3776.68", "0:0.00", "0:0.00", "0:0.00", "0:0.00")));
        // a filter narrows the totals: supplier-1's financings, grouped by program
        assertThat(ledger.queries.financingTotals(FinancingFilter.ofMember(SUPPLIER_1), TotalsBy.PROGRAM, REPORT))
                .containsExactly(
                        totals("program:prog-fin-a", REPORT, 1, 1, "10000.00", "4715.43",
                                buckets("0:0.00", "1:4715.43", "0:0.00", "0:0.00", "0:0.00")),
                        totals("program:prog-fin-b", REPORT, 2, 1, "12000.00", "3776.68",
                                buckets("1:3776.68", "0:0.00", "0:0.00", "0:0.00", "0:0.00")));

        // Five disbursed financings, two per page, in id order: every one once, the cursor the last id of a page.
        FinancingFilter disbursed = FinancingFilter.all().withStatus(FinancingStatus.DISBURSED);
        Page<FinancingView> first = ledger.queries.financings(disbursed, REPORT, PageRequest.first(2));
        assertThat(ids(first)).containsExactly(F1, F2);
        assertThat(first.next()).isEqualTo("financing:F-2");
        Page<FinancingView> second = ledger.queries.financings(disbursed, REPORT, new PageRequest(first.next(), 2));
        assertThat(ids(second)).containsExactly(F3, F4);
        assertThat(second.next()).isEqualTo("financing:F-4");
        Page<FinancingView> third = ledger.queries.financings(disbursed, REPORT, new PageRequest(second.next(), 2));
        assertThat(ids(third)).containsExactly(F5);
        assertThat(third.next()).isNull();
        List<FinancingView> pages = new ArrayList<>(first.items());
        pages.addAll(second.items());
        pages.addAll(third.items());
        assertThat(pages).containsExactly(financing(F1, REPORT), financing(F2, REPORT), financing(F3, REPORT),
                financing(F4, REPORT), financing(F5, REPORT));
        assertThat(ledger.queries.financings(disbursed, REPORT, new PageRequest(first.next(), 2)))
                .as("the same cursor gives the same page").isEqualTo(second);

        assertThat(ids(ledger.queries.financings(FinancingFilter.all(), REPORT, PageRequest.first(10))))
                .containsExactly(F1, F2, F3, F4, F5, F6, F7);
        assertThat(ids(find(FinancingFilter.ofMember(DEALER_2)))).containsExactly(F2, F4);
        assertThat(ids(find(FinancingFilter.ofProgram(PROGRAM_B)))).containsExactly(F3, F6);
        assertThat(ids(find(FinancingFilter.ofFunder(BANK_B)))).containsExactly(F3, F6);
        assertThat(ids(find(FinancingFilter.all().withStatus(FinancingStatus.REQUESTED)))).containsExactly(F6);
        assertThat(ids(find(FinancingFilter.all().withStatus(FinancingStatus.DECLINED)))).containsExactly(F7);
        assertThat(ids(find(FinancingFilter.all().withBucket(AgeingBucket.CURRENT)))).containsExactly(F2, F3, F4);
        assertThat(ids(find(FinancingFilter.all().withBucket(AgeingBucket.DPD_1_30)))).containsExactly(F1);
        assertThat(ids(find(FinancingFilter.all().withBucket(AgeingBucket.DPD_31_60)))).containsExactly(F5);
        assertThat(ids(find(FinancingFilter.all().withBucket(AgeingBucket.DPD_90_PLUS)))).isEmpty();
        assertThat(ids(find(FinancingFilter.ofMember(DEALER_3).withBucket(AgeingBucket.DPD_31_60))))
                .containsExactly(F5);
        // maturity of the schedule in force: F-1 04-15, F-5 05-01, F-3 07-10 (rescheduled), F-2 and F-4 07-15
        assertThat(ids(find(maturing(LocalDate.parse("2024-07-01"), LocalDate.parse("2024-07-31")))))
                .containsExactly(F2, F3, F4);
        assertThat(ids(find(maturing(null, LocalDate.parse("2024-05-01"))))).containsExactly(F1, F5);
        assertThat(ids(find(maturing(LocalDate.parse("2024-07-15"), null)))).containsExactly(F2, F4);
        assertThat(ids(find(new FinancingFilter(null, null, null, null, FinancingKind.RECEIVABLE, null, null, null))))
                .isEmpty();

        assertAsOfEqualsLive(REPORT);
    }

    // ------------------------------------------------------------------ 3. later: overdue, write-off, paid in full

    @Test
    void later_the_arrears_age_with_penalty_one_is_written_off_and_the_others_are_repaid_in_full() {
        untilTheReportDate();
        afterTheReportDate();

        // F-5, still unpaid on 05-20: 80 days since 03-01; penalty on each 3000.00 from the day after its due date:
        // 80 days (21.75 × 2 = 43.50) + 49 days (26.64375) + 19 days (10.33125) = 80.475 → 80.48 (half-even)
        FinancingView f5 = financing(F5, MAY_20);
        assertThat(f5.position()).isEqualTo(new RepaymentPosition(MAY_20, cny("9000.00"), cny("9000.00"),
                cny("64.90"), cny("9000.00"), cny("80.48"), ZERO, cny("9145.38"), cny("9145.38"), 80,
                AgeingBucket.DPD_61_90));
        assertThat(f5.lastOverdue()).isEqualTo(new OverdueReport(80, AgeingBucket.DPD_61_90, 3, cny("9000.00"),
                cny("80.48"), MAY_20));
        assertThat(financing(F5, JUL_20).position().daysPastDue()).as("07-20 − 03-01").isEqualTo(141);
        assertThat(financing(F5, JUL_20).position().bucket()).isEqualTo(AgeingBucket.DPD_90_PLUS);

        // F-1 on 07-20, nothing more paid: penalty 12.086185 + 1369.62 × 6.525 % × 107/360 (26.562067875)
        // + 3345.81 × 6.525 % × 96/360 (58.217094) = 96.865346875 → 96.87 − 12.09 paid = 84.78; 127 days since 03-15
        FinancingView f1 = financing(F1, JUL_20);
        assertThat(f1.status()).isEqualTo(FinancingStatus.WRITTEN_OFF);
        assertThat(f1.writeOff()).isEqualTo(new WriteOff(cny("4715.43"), cny("12.53"), cny("84.78"), 127,
                "borrower insolvent", JUL_20, BANK_A));
        assertThat(f1.lastOverdue()).isEqualTo(new OverdueReport(127, AgeingBucket.DPD_90_PLUS, 3, cny("4715.43"),
                cny("84.78"), JUL_20));
        assertThat(f1.position()).as("still owed: a write-off is no repayment").isEqualTo(new RepaymentPosition(
                JUL_20, cny("4715.43"), cny("4715.43"), cny("12.53"), cny("4715.43"), cny("84.78"), ZERO,
                cny("4812.74"), cny("4812.74"), 127, AgeingBucket.DPD_90_PLUS));
        assertThat(f1.paid()).isEqualTo(paid("5357.53", "12.09", "60.87", "5284.57", "0.00"));

        // F-2: the remaining bullet 12 176.90 on 07-15; interest 145.00 + 176.90 in all
        FinancingView f2 = financing(F2, JUL_20);
        assertRepaid(f2, JUL_15);
        assertThat(f2.repayments()).last().isEqualTo(paidOnTime("2024-07-15", "12176.90", "176.90", "12000.00",
                "0.00", DEALER_2));
        assertThat(f2.paid()).isEqualTo(paid("20321.90", "0.00", "321.90", "20000.00", "0.00"));

        // F-3: 1275.74 on 05-10 and 06-10, the last 1262.96 on 07-10; 60.00 + 50.12 + 20.10 + 12.60 + 18.88 +
        // 12.60 + 6.28 = 180.58 interest in all
        FinancingView f3 = financing(F3, JUL_20);
        assertRepaid(f3, LocalDate.parse("2024-07-10"));
        assertThat(f3.repayments()).hasSize(7).last().isEqualTo(paidOnTime("2024-07-10", "1262.96", "6.28",
                "1256.68", "0.00", SUPPLIER_1));
        assertThat(f3.paid()).isEqualTo(paid("12180.58", "0.00", "180.58", "12000.00", "0.00"));

        // F-4, discount: 4000.00 prepaid on 04-15 refunds the unearned 4000 × 0.0435 × 91/360 = 43.983 → 43.98;
        // the other 6000.00 at maturity
        FinancingView f4 = financing(F4, JUL_20);
        assertRepaid(f4, JUL_15);
        assertThat(f4.repayments()).containsExactly(
                new RepaymentRecord(date("2024-04-15"), cny("4000.00"), ZERO, ZERO, ZERO, cny("4000.00"), ZERO,
                        cny("43.98"), EarlyRepaymentOption.SHORTEN_TERM, cny("6000.00"), DEALER_2),
                paidOnTime("2024-07-15", "6000.00", "0.00", "6000.00", "0.00", DEALER_2));
        assertThat(f4.paid()).isEqualTo(paid("10000.00", "0.00", "0.00", "10000.00", "43.98"));

        // The lines: the written-off principal stays used; the repaid lines revolve.
        assertLine(PROGRAM_A, SUPPLIER_1, "0.00", "4715.43");
        assertLine(PROGRAM_A, DEALER_2, "0.00", "0.00");
        assertLine(PROGRAM_A, DEALER_3, "0.00", "9000.00");
        assertLine(PROGRAM_B, SUPPLIER_1, "5000.00", "0.00");

        // The book on 07-20: bank-a's two open financings are both more than 90 days past due.
        assertThat(ledger.queries.financingTotals(FinancingFilter.all(), TotalsBy.FUNDER, JUL_20)).containsExactly(
                totals("party:bank-a", JUL_20, 5, 2, "49000.00", "13715.43",
                        buckets("0:0.00", "0:0.00", "0:0.00", "0:0.00", "2:13715.43")),
                totals("party:bank-b", JUL_20, 2, 0, "12000.00", "0.00",
                        buckets("0:0.00", "0:0.00", "0:0.00", "0:0.00", "0:0.00")));
        assertThat(ledger.queries.financingTotals(FinancingFilter.all(), TotalsBy.PROGRAM, MAY_20)).first()
                .as("on 05-20 F-1 was 66 days past due, F-5 80").isEqualTo(
                        totals("program:prog-fin-a", MAY_20, 5, 2, "49000.00", "13715.43",
                                buckets("0:0.00", "0:0.00", "0:0.00", "2:13715.43", "0:0.00")));
        assertThat(ids(find(FinancingFilter.all().withStatus(FinancingStatus.WRITTEN_OFF)))).containsExactly(F1);
        assertThat(ids(find(FinancingFilter.all().withStatus(FinancingStatus.REPAID)))).containsExactly(F2, F3, F4);
        assertThat(ids(ledger.queries.financings(FinancingFilter.all().withBucket(AgeingBucket.DPD_90_PLUS), JUL_20,
                PageRequest.first(10)))).containsExactly(F1, F5);
        // those maturing in July were all repaid by then; none of them is still disbursed
        assertThat(ids(find(maturing(LocalDate.parse("2024-07-01"), null)))).containsExactly(F2, F3, F4);
        assertThat(ids(find(maturing(LocalDate.parse("2024-07-01"), null).withStatus(FinancingStatus.DISBURSED))))
                .isEmpty();

        assertAsOfEqualsLive(JUL_20);
    }

    // ------------------------------------------------------------------ the history

    /** Everything up to and including the business-date processing of 2024-04-10. */
    private void untilTheReportDate() {
        Parties.forProgram(gateway, CORE, BANK_A, SUPPLIER_1, DEALER_2, DEALER_3);
        Parties.funders(gateway, BANK_B);
        gateway.sendAndWait(program(PROGRAM_A, BANK_A, "1000000.00", PRICING_A));
        gateway.sendAndWait(program(PROGRAM_B, BANK_B, "500000.00", PRICING_B));
        admit(PROGRAM_A, SUPPLIER_1, MemberSide.SUPPLIER, "50000.00", BANK_A);
        admit(PROGRAM_A, DEALER_2, MemberSide.DISTRIBUTOR, "100000.00", BANK_A);
        admit(PROGRAM_A, DEALER_3, MemberSide.DISTRIBUTOR, "20000.00", BANK_A);
        admit(PROGRAM_B, SUPPLIER_1, MemberSide.SUPPLIER, "50000.00", BANK_B);

        disbursed(F3, PROGRAM_B, SUPPLIER_1, BANK_B, "12000.00", RepaymentMethod.EQUAL_INSTALLMENT,
                FinancingTenor.monthly(6), JAN_10);
        disbursed(F1, PROGRAM_A, SUPPLIER_1, BANK_A, "10000.00", RepaymentMethod.EQUAL_INSTALLMENT,
                FinancingTenor.monthly(3), JAN_15);
        disbursed(F2, PROGRAM_A, DEALER_2, BANK_A, "20000.00", RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(JUL_15), JAN_15);
        disbursed(F4, PROGRAM_A, DEALER_2, BANK_A, "10000.00", RepaymentMethod.DISCOUNT,
                FinancingTenor.maturingOn(JUL_15), JAN_15);
        disbursed(F5, PROGRAM_A, DEALER_3, BANK_A, "9000.00", RepaymentMethod.EQUAL_PRINCIPAL,
                FinancingTenor.monthly(3), FEB_01);

        repay(F3, "2035.15", null, "2024-02-10", SUPPLIER_1);
        repay(F1, "3357.53", null, "2024-02-15", SUPPLIER_1);
        repay(F3, "2035.15", null, "2024-03-10", SUPPLIER_1);
        repay(F2, "8145.00", EarlyRepaymentOption.SHORTEN_TERM, "2024-03-15", DEALER_2);
        repay(F3, "3020.10", EarlyRepaymentOption.LOWER_INSTALLMENT, "2024-03-25", SUPPLIER_1);
        gateway.sendAndWait(new RequestDrawdown(F6, PROGRAM_B, SUPPLIER_1, cny("5000.00"), RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(JUN_30), APR_01, SUPPLIER_1));
        gateway.sendAndWait(new RequestDrawdown(F7, PROGRAM_A, DEALER_3, cny("1000.00"), RepaymentMethod.BULLET,
                FinancingTenor.maturingOn(JUN_30), APR_01, DEALER_3));
        gateway.sendAndWait(DecideFinancing.decline(F7, List.of("dealer-3 is past due on F-5"), APR_01, BANK_A));
        repay(F1, "2000.00", null, "2024-04-04", SUPPLIER_1);
        repay(F3, "1275.74", null, "2024-04-10", SUPPLIER_1);
        for (FinancingId id : List.of(F1, F2, F3, F4, F5)) {
            gateway.sendAndWait(new MarkOverdue(id, REPORT, PartyId.OPERATOR)); // only F-1 and F-5 are past due
        }
        ledger.awaitCaughtUp();
    }

    private void afterTheReportDate() {
        repay(F4, "4000.00", EarlyRepaymentOption.SHORTEN_TERM, "2024-04-15", DEALER_2);
        repay(F3, "1275.74", null, "2024-05-10", SUPPLIER_1);
        gateway.sendAndWait(new MarkOverdue(F5, MAY_20, PartyId.OPERATOR));
        repay(F3, "1275.74", null, "2024-06-10", SUPPLIER_1);
        repay(F3, "1262.96", null, "2024-07-10", SUPPLIER_1);
        repay(F2, "12176.90", null, "2024-07-15", DEALER_2);
        repay(F4, "6000.00", null, "2024-07-15", DEALER_2);
        gateway.sendAndWait(new MarkOverdue(F1, JUL_20, PartyId.OPERATOR));
        gateway.sendAndWait(new WriteOffFinancing(F1, "borrower insolvent", JUL_20, BANK_A));
        ledger.awaitCaughtUp();
    }

    private void disbursed(FinancingId id, ProgramId program, PartyId member, PartyId funder, String amount,
            RepaymentMethod method, FinancingTenor tenor, LocalDate on) {
        gateway.sendAndWait(new RequestDrawdown(id, program, member, cny(amount), method, tenor, on, member));
        gateway.sendAndWait(DecideFinancing.approve(id, on, funder));
        gateway.sendAndWait(new DisburseFinancing(id, on, funder));
    }

    private void repay(FinancingId id, String amount, @Nullable EarlyRepaymentOption early, String on,
            PartyId member) {
        gateway.sendAndWait(new RepayFinancing(id, cny(amount), early, date(on), member));
    }

    private static CreateProgram program(ProgramId id, PartyId funder, String limit, ProgramPricing pricing) {
        return new CreateProgram(id, CORE, funder, Currency.getInstance("CNY"), cny(limit),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), AdvanceRates.defaults(), pricing, 200,
                new BigDecimal("0.5"), funder);
    }

    private void admit(ProgramId program, PartyId member, MemberSide side, String limit, PartyId funder) {
        gateway.sendAndWait(new AdmitMember(program, member, side, cny(limit), cny(limit), funder));
    }

    // ------------------------------------------------------------------ assertions

    private FinancingView financing(FinancingId id, LocalDate asOf) {
        return ledger.queries.financing(id, asOf).orElseThrow();
    }

    private Page<FinancingView> find(FinancingFilter filter) {
        return ledger.queries.financings(filter, REPORT, PageRequest.first(10));
    }

    private static List<FinancingId> ids(Page<FinancingView> page) {
        return page.items().stream().map(FinancingView::financingId).toList();
    }

    private static FinancingFilter maturing(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new FinancingFilter(null, null, null, null, null, from, to, null);
    }

    private void assertLine(ProgramId program, PartyId member, String reserved, String outstanding) {
        var line = ledger.queries.memberLine(program, member).orElseThrow();
        assertThat(line.reservedPrincipal()).as(member + " reserved in " + program).isEqualTo(cny(reserved));
        assertThat(line.outstandingPrincipal()).as(member + " outstanding in " + program).isEqualTo(cny(outstanding));
    }

    /** Every financing, and every line, replayed from the journal equals what the live read models show. */
    private void assertAsOfEqualsLive(LocalDate valuedOn) {
        for (FinancingId id : ALL) {
            assertThat(ledger.asOf.financing(id, AsOf.head(), valuedOn)).as("as of head: " + id)
                    .contains(financing(id, valuedOn));
        }
        for (PartyId member : List.of(SUPPLIER_1, DEALER_2, DEALER_3)) {
            assertThat(ledger.asOf.memberLine(PROGRAM_A, member, AsOf.head()))
                    .contains(ledger.queries.memberLine(PROGRAM_A, member).orElseThrow());
        }
        assertThat(ledger.asOf.memberLine(PROGRAM_B, SUPPLIER_1, AsOf.head()))
                .contains(ledger.queries.memberLine(PROGRAM_B, SUPPLIER_1).orElseThrow());
        assertThat(ledger.asOf.programLine(PROGRAM_A, AsOf.head())).contains(
                ledger.queries.programLine(PROGRAM_A).orElseThrow());
    }

    private static void assertRequest(FinancingView view, ProgramId program, PartyId member, PartyId funder,
            String amount, RepaymentMethod method, FinancingTenor tenor, LocalDate requestedOn) {
        assertThat(view.kind()).isEqualTo(FinancingKind.LINE_DRAWDOWN);
        assertThat(view.programId()).isEqualTo(program);
        assertThat(view.member()).isEqualTo(member);
        assertThat(view.funder()).isEqualTo(funder);
        assertThat(view.requestedAmount()).isEqualTo(cny(amount));
        assertThat(view.method()).isEqualTo(method);
        assertThat(view.tenor()).isEqualTo(tenor);
        assertThat(view.requestedOn()).isEqualTo(requestedOn);
    }

    private static void assertDisbursed(FinancingView view, String principal, String upfrontInterest,
            String disbursedAmount, LocalDate on, PartyId by) {
        assertThat(view.disbursement().principal()).isEqualTo(cny(principal));
        assertThat(view.disbursement().upfrontInterest()).isEqualTo(cny(upfrontInterest));
        assertThat(view.disbursement().disbursedAmount()).isEqualTo(cny(disbursedAmount));
        assertThat(view.disbursement().disbursedOn()).isEqualTo(on);
        assertThat(view.disbursement().disbursedBy()).isEqualTo(by);
    }

    private static void assertRepaid(FinancingView view, LocalDate on) {
        assertThat(view.status()).isEqualTo(FinancingStatus.REPAID);
        assertThat(view.repaidOn()).isEqualTo(on);
        assertThat(view.position()).isNull();
        assertThat(view.repayments()).last().extracting(RepaymentRecord::outstandingPrincipalAfter).isEqualTo(ZERO);
    }

    // ------------------------------------------------------------------ figures

    static final Money ZERO = cny("0.00");

    private static Installment installment(int number, String due, String principal, String interest, String total,
            String opening, String closing) {
        return new Installment(number, date(due), cny(principal), cny(interest), cny(total), cny(opening),
                cny(closing));
    }

    /** A repayment that settles what is due, nothing late and nothing early. */
    private static RepaymentRecord paidOnTime(String on, String amount, String interest, String principal,
            String outstandingAfter, PartyId by) {
        return new RepaymentRecord(date(on), cny(amount), ZERO, cny(interest), cny(principal), ZERO, ZERO, ZERO, null,
                cny(outstandingAfter), by);
    }

    private static Paid paid(String total, String penalty, String interest, String principal, String refunded) {
        return new Paid(cny(total), cny(penalty), cny(interest), cny(principal), cny(refunded));
    }

    private static FinancingTotals totals(String group, LocalDate asOf, long financings, long open,
            String disbursedPrincipal, String outstandingPrincipal, Map<AgeingBucket, BucketTotal> buckets) {
        return new FinancingTotals(group, asOf, financings, open, cny(disbursedPrincipal), cny(outstandingPrincipal),
                buckets);
    }

    /** "count:outstanding" for CURRENT, 1–30, 31–60, 61–90 and 90+ days past due, in that order. */
    private static Map<AgeingBucket, BucketTotal> buckets(String... countAndOutstanding) {
        Map<AgeingBucket, BucketTotal> buckets = new EnumMap<>(AgeingBucket.class);
        AgeingBucket[] order = AgeingBucket.values();
        for (int i = 0; i < order.length; i++) {
            String[] parts = countAndOutstanding[i].split(":");
            buckets.put(order[i], new BucketTotal(Long.parseLong(parts[0]), cny(parts[1])));
        }
        return buckets;
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
