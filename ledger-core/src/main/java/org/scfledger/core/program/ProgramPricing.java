package org.scfledger.core.program;

import java.math.BigDecimal;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Rate;

/**
 * A program's pricing: the annual contract rate, its day count, and the multiplier of the contract rate that overdue
 * principal bears (DOMAIN.md: by default 1.5 × the contract rate).
 *
 * @param penaltyMultiplier at least 1 (penalty interest is never below the contract rate)
 */
public record ProgramPricing(Rate annualRate, DayCount dayCount, BigDecimal penaltyMultiplier) {

    public static final BigDecimal DEFAULT_PENALTY_MULTIPLIER = new BigDecimal("1.5");

    public ProgramPricing {
        ProgramCommandFields.required("annualRate", annualRate);
        ProgramCommandFields.required("dayCount", dayCount);
        ProgramCommandFields.required("penaltyMultiplier", penaltyMultiplier);
        if (penaltyMultiplier.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("penaltyMultiplier must be at least 1, got " + penaltyMultiplier.toPlainString());
        }
        penaltyMultiplier = penaltyMultiplier.stripTrailingZeros();
    }

    /** The rate on ACT/360 with the default penalty multiplier 1.5. */
    public static ProgramPricing of(Rate annualRate) {
        return new ProgramPricing(annualRate, DayCount.ACT_360, DEFAULT_PENALTY_MULTIPLIER);
    }

    public ProgramPricing withDayCount(DayCount dayCount) {
        return new ProgramPricing(annualRate, dayCount, penaltyMultiplier);
    }

    public ProgramPricing withPenaltyMultiplier(BigDecimal penaltyMultiplier) {
        return new ProgramPricing(annualRate, dayCount, penaltyMultiplier);
    }

    /** The annual rate that overdue principal bears. */
    public Rate penaltyRate() {
        return annualRate.times(penaltyMultiplier);
    }
}
