package org.scfledger.core.financing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.lending.Tenor;

/**
 * How long a financing runs, as requested: {@code periods} regular periods of {@code monthsPerPeriod} months counted
 * from the disbursement date, or a single {@code maturity} date (then both counts are 0). The due dates are fixed at
 * disbursement.
 */
public record FinancingTenor(int periods, int monthsPerPeriod, @Nullable LocalDate maturity) {

    /** Thirty years of monthly periods: anything longer is a typo, not a supply-chain financing. */
    public static final int MAX_PERIODS = 360;

    public FinancingTenor {
        if (maturity != null) {
            if (periods != 0 || monthsPerPeriod != 0) {
                throw new IllegalArgumentException("tenor is either a maturity date or periods, not both");
            }
        } else {
            if (periods < 1 || periods > MAX_PERIODS) {
                throw new IllegalArgumentException("tenor periods must be between 1 and " + MAX_PERIODS + ", got " + periods);
            }
            if (monthsPerPeriod < 1 || monthsPerPeriod > 12) {
                throw new IllegalArgumentException("tenor monthsPerPeriod must be between 1 and 12, got " + monthsPerPeriod);
            }
        }
    }

    public static FinancingTenor monthly(int periods) {
        return new FinancingTenor(periods, 1, null);
    }

    public static FinancingTenor maturingOn(LocalDate maturity) {
        return new FinancingTenor(0, 0, maturity);
    }

    public boolean hasMaturityDate() {
        return maturity != null;
    }

    /** The tenor for the schedule calculator. */
    public Tenor toTenor() {
        return maturity != null ? Tenor.maturingOn(maturity) : Tenor.periodic(periods, monthsPerPeriod);
    }

    /** The last due date of a financing disbursed on {@code start}. */
    public LocalDate maturityFrom(LocalDate start) {
        var dates = toTenor().dueDates(start);
        return dates.get(dates.size() - 1);
    }
}
