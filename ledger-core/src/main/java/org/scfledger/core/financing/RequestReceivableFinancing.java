package org.scfledger.core.financing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ReceivableId;

/**
 * The holder of a confirmed receivable (or part), a member of {@code programId}, assigns it to a financing (众链贷) of
 * {@code amount}, at most its outstanding face × the program's advance rate for receivables, maturing with the
 * receivable. Acting party: the holder itself, which is the borrowing member. A refusal by the program's rules (limit,
 * suspension, validity), the advance or the tenor is recorded as {@code FinancingRequestRefused}; a refusal by the
 * receivable (already encumbered, not confirmed, disputed, due, settled, split) is thrown and nothing is written.
 */
public record RequestReceivableFinancing(
        @TargetAggregateIdentifier FinancingId financingId,
        ProgramId programId,
        ReceivableId receivableId,
        Money amount,
        ReceivableInterestMode interestMode,
        LocalDate businessDate,
        PartyId actingParty) {

    public RequestReceivableFinancing {
        FinancingCommandFields.required("financingId", financingId);
        FinancingCommandFields.required("programId", programId);
        FinancingCommandFields.required("receivableId", receivableId);
        FinancingCommandFields.positiveAmount("amount", amount);
        FinancingCommandFields.required("interestMode", interestMode);
        FinancingCommandFields.required("businessDate", businessDate);
        FinancingCommandFields.required("actingParty", actingParty);
    }
}
