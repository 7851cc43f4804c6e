package org.scfledger.core.lending;

import static org.scfledger.core.lending.InstallmentRows.assertRows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

/**
 * A loan started on 31 January: due dates clamp to the month's end (29 Feb, 31 Mar, 30 Apr: counted from the start,
 * no drift) and 30/360 US counts the February period as 29 days (31 → 30, then 29 − 30), March and April as 30.
 */
class MonthEndScheduleTest {

    private static Schedule schedule(DayCount dayCount) {
        return ScheduleCalculator.schedule(RepaymentMethod.EQUAL_INSTALLMENT, ScheduleTerms.monthly(
                Money.of("10000.00", "CNY"), Rate.percent("4.35"), dayCount, LocalDate.of(2024, 1, 31), 3));
    }

    @Test
    void thirty_360_month_end_periods() {
        // 10 000 × 0.0435 × 29 / 360 = 35.0416… → 35.04
        assertRows(schedule(DayCount.THIRTY_360),
                "1 2024-02-29 3322.49 35.04 3357.53 10000.00 6677.51",
                "2 2024-03-31 3333.32 24.21 3357.53 6677.51 3344.19",
                "3 2024-04-30 3344.19 12.12 3356.31 3344.19 0.00");
    }

    @Test
    void act_360_month_end_periods() {
        assertRows(schedule(DayCount.ACT_360),
                "1 2024-02-29 3322.49 35.04 3357.53 10000.00 6677.51",
                "2 2024-03-31 3332.52 25.01 3357.53 6677.51 3344.99",
                "3 2024-04-30 3344.99 12.13 3357.12 3344.99 0.00");
    }
}
