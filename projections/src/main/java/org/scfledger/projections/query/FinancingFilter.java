package org.scfledger.projections.query;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.financing.FinancingStatus;

/**
 * Which financings to list or total; null fields do not filter. {@code maturityFrom}/{@code maturityTo} bound the
 * final due date of the schedule in force (inclusive); {@code bucket} is the ageing as of the query's date.
 */
public record FinancingFilter(
        @Nullable ProgramId programId,
        @Nullable PartyId member,
        @Nullable PartyId funder,
        @Nullable FinancingStatus status,
        @Nullable FinancingKind kind,
        @Nullable LocalDate maturityFrom,
        @Nullable LocalDate maturityTo,
        @Nullable AgeingBucket bucket) {

    public static FinancingFilter all() {
        return new FinancingFilter(null, null, null, null, null, null, null, null);
    }

    public static FinancingFilter ofFunder(PartyId funder) {
        return new FinancingFilter(null, null, funder, null, null, null, null, null);
    }

    public static FinancingFilter ofMember(PartyId member) {
        return new FinancingFilter(null, member, null, null, null, null, null, null);
    }

    public static FinancingFilter ofProgram(ProgramId programId) {
        return new FinancingFilter(programId, null, null, null, null, null, null, null);
    }

    public FinancingFilter withBucket(@Nullable AgeingBucket bucket) {
        return new FinancingFilter(programId, member, funder, status, kind, maturityFrom, maturityTo, bucket);
    }

    public FinancingFilter withStatus(@Nullable FinancingStatus status) {
        return new FinancingFilter(programId, member, funder, status, kind, maturityFrom, maturityTo, bucket);
    }
}
