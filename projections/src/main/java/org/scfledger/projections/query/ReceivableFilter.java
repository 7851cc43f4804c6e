package org.scfledger.projections.query;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.projections.receivable.ReceivableStatus;

/** Which receivables (and parts) to list; null fields do not filter; the maturity bounds are inclusive. */
public record ReceivableFilter(
        @Nullable ProgramId programId,
        @Nullable PartyId holder,
        @Nullable PartyId debtor,
        @Nullable ReceivableStatus status,
        @Nullable ReceivableId originalId,
        @Nullable LocalDate maturityFrom,
        @Nullable LocalDate maturityTo) {

    public static ReceivableFilter all() {
        return new ReceivableFilter(null, null, null, null, null, null, null);
    }

    public static ReceivableFilter ofHolder(PartyId holder) {
        return new ReceivableFilter(null, holder, null, null, null, null, null);
    }

    public static ReceivableFilter ofOriginal(ReceivableId originalId) {
        return new ReceivableFilter(null, null, null, null, originalId, null, null);
    }
}
