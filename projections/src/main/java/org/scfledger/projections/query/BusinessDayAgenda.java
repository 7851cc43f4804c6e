package org.scfledger.projections.query;

import java.time.LocalDate;
import java.util.List;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ReceivableId;

/**
 * What the business calendar must look at when the business day {@code day} ends.
 *
 * @param pastDue open financings with something unpaid due before the day's end (for {@code MarkOverdue})
 * @param maturedUnpaid receivables and parts that matured by the day and are neither paid, split nor recorded as due
 * @param expiringCollateral live collateral whose expiry date is the day or earlier
 * @param endedPrograms programs whose validity ended before the day and that are not yet expired
 */
public record BusinessDayAgenda(
        LocalDate day,
        List<FinancingId> pastDue,
        List<ReceivableId> maturedUnpaid,
        List<CollateralId> expiringCollateral,
        List<ProgramId> endedPrograms) {

    public BusinessDayAgenda {
        pastDue = List.copyOf(pastDue);
        maturedUnpaid = List.copyOf(maturedUnpaid);
        expiringCollateral = List.copyOf(expiringCollateral);
        endedPrograms = List.copyOf(endedPrograms);
    }
}
