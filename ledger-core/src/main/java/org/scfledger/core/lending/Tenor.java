package org.scfledger.core.lending;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How long a financing runs: a number of regular periods, or a single maturity date. */
public sealed interface Tenor {

    /** The due dates, in order, for a financing starting on {@code start}. */
    List<LocalDate> dueDates(LocalDate start);

    /** Months per period, for the period rate of an equal-installment schedule; 0 for a single maturity date. */
    int monthsPerPeriod();

    static Tenor monthly(int periods) {
        return new Periodic(periods, 1);
    }

    static Tenor periodic(int periods, int monthsPerPeriod) {
        return new Periodic(periods, monthsPerPeriod);
    }

    static Tenor maturingOn(LocalDate maturity) {
        return new SingleMaturity(maturity);
    }

    /**
     * {@code periods} periods of {@code monthsPerPeriod} months. Due date k is {@code start + k × monthsPerPeriod
     * months}, always counted from the start (not from the previous due date), so that a loan started on the 31st
     * falls due on the 29th of February and again on the 31st of March rather than drifting to the 29th for good.
     */
    record Periodic(int periods, int monthsPerPeriod) implements Tenor {

        public Periodic {
            if (periods < 1) {
                throw new IllegalArgumentException("A schedule has at least one period, not " + periods);
            }
            if (monthsPerPeriod < 1) {
                throw new IllegalArgumentException("A period lasts at least one month, not " + monthsPerPeriod);
            }
        }

        @Override
        public List<LocalDate> dueDates(LocalDate start) {
            List<LocalDate> dates = new ArrayList<>(periods);
            for (int k = 1; k <= periods; k++) {
                dates.add(start.plusMonths((long) k * monthsPerPeriod));
            }
            return List.copyOf(dates);
        }
    }

    /** One period, from the start to {@code maturity}: the shape of bullet and discount financings. */
    record SingleMaturity(LocalDate maturity) implements Tenor {

        @Override
        public List<LocalDate> dueDates(LocalDate start) {
            if (!maturity.isAfter(start)) {
                throw new IllegalArgumentException("Maturity " + maturity + " must be after the start " + start);
            }
            return List.of(maturity);
        }

        @Override
        public int monthsPerPeriod() {
            return 0;
        }
    }
}
