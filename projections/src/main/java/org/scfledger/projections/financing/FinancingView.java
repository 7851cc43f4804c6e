package org.scfledger.projections.financing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.lending.Installment;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;

/**
 * A financing in the book: its request and decision, its schedule in force, what was paid by component, and its
 * position as of {@code position.asOf()} (null before disbursement and after repayment in full).
 */
public record FinancingView(
        FinancingId financingId,
        FinancingKind kind,
        ProgramId programId,
        PartyId member,
        PartyId funder,
        FinancingStatus status,
        Money requestedAmount,
        RepaymentMethod method,
        FinancingTenor tenor,
        LocalDate requestedOn,
        @Nullable Decision decision,
        @Nullable Disbursement disbursement,
        List<Installment> schedule,
        List<RepaymentRecord> repayments,
        Paid paid,
        @Nullable RepaymentPosition position,
        @Nullable OverdueReport lastOverdue,
        @Nullable WriteOff writeOff,
        @Nullable LocalDate repaidOn,
        @Nullable ReceivableAssignment receivable) {

    public FinancingView {
        schedule = List.copyOf(schedule);
        repayments = List.copyOf(repayments);
    }
}
