package org.scfledger.core.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * Creates one core enterprise's N+1+N program with a funder. The acting party must be the funder named here.
 *
 * @param programLimit the total the funder will lend to all members against the core enterprise, in {@code currency}
 * @param validFrom the first day on which members may draw
 * @param validTo the last day on which members may draw (inclusive); the program may be expired from this day on
 * @param advanceRates the eligible asset types and their rates ({@link AdvanceRates#defaults()} for DOMAIN.md's)
 * @param maxTenorDays the longest tenor a financing under the program may have, in days
 * @param matchTolerancePercent how far order, invoice and confirmation amounts may differ in a three-way match
 */
public record CreateProgram(
        @TargetAggregateIdentifier ProgramId programId,
        PartyId coreEnterprise,
        PartyId funder,
        Currency currency,
        Money programLimit,
        LocalDate validFrom,
        LocalDate validTo,
        AdvanceRates advanceRates,
        ProgramPricing pricing,
        int maxTenorDays,
        BigDecimal matchTolerancePercent,
        PartyId actingParty) {

    /** A tenor above ten years is a typo, not a supply-chain financing. */
    public static final int MAX_TENOR_DAYS = 3660;

    public CreateProgram {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.required("coreEnterprise", coreEnterprise);
        ProgramCommandFields.required("funder", funder);
        if (coreEnterprise.equals(funder)) {
            throw new IllegalArgumentException("coreEnterprise and funder must be two parties, both are " + funder);
        }
        ProgramCommandFields.required("currency", currency);
        ProgramCommandFields.positiveAmount("programLimit", programLimit);
        ProgramCommandFields.sameCurrency("programLimit", programLimit, "currency", currency);
        ProgramCommandFields.required("validFrom", validFrom);
        ProgramCommandFields.required("validTo", validTo);
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo (" + validTo + ") must not be before validFrom (" + validFrom + ")");
        }
        ProgramCommandFields.required("advanceRates", advanceRates);
        ProgramCommandFields.required("pricing", pricing);
        if (maxTenorDays < 1 || maxTenorDays > MAX_TENOR_DAYS) {
            throw new IllegalArgumentException("maxTenorDays must be between 1 and " + MAX_TENOR_DAYS + ", got " + maxTenorDays);
        }
        matchTolerancePercent = ProgramCommandFields.percent("matchTolerancePercent", matchTolerancePercent);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
