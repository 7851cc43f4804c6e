package org.scfledger.core.lending;

import java.time.LocalDate;
import java.util.List;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;

/** What a schedule is computed from: the contract's principal, pricing, start and tenor. */
public record ScheduleTerms(Money principal, Rate annualRate, DayCount dayCount, LocalDate start, Tenor tenor) {

    public ScheduleTerms {
        principal.requireBooked();
        if (!principal.isPositive()) {
            throw new IllegalArgumentException("A financing lends a positive principal, not " + principal);
        }
    }

    /** {@code periods} monthly periods. */
    public static ScheduleTerms monthly(
            Money principal, Rate annualRate, DayCount dayCount, LocalDate start, int periods) {
        return new ScheduleTerms(principal, annualRate, dayCount, start, Tenor.monthly(periods));
    }

    /** A single period ending on {@code maturity} (bullet, discount). */
    public static ScheduleTerms maturingOn(
            Money principal, Rate annualRate, DayCount dayCount, LocalDate start, LocalDate maturity) {
        return new ScheduleTerms(principal, annualRate, dayCount, start, Tenor.maturingOn(maturity));
    }

    public List<LocalDate> dueDates() {
        return tenor.dueDates(start);
    }

    public LocalDate maturity() {
        List<LocalDate> dates = dueDates();
        return dates.get(dates.size() - 1);
    }
}
