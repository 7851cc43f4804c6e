package org.scfledger.core.financing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;

/**
 * A member asks to draw {@code amount} on its line in a program (众微贷), repaid by {@code method} over {@code tenor}.
 * The financing id is the caller's, so a retry names the same financing. Acting party: the member itself. A refusal
 * by the program's rules (limit, shortfall, suspension, validity, tenor) is recorded as {@code FinancingRequestRefused}.
 */
public record RequestDrawdown(
        @TargetAggregateIdentifier FinancingId financingId,
        ProgramId programId,
        PartyId member,
        Money amount,
        RepaymentMethod method,
        FinancingTenor tenor,
        LocalDate businessDate,
        PartyId actingParty) {

    public RequestDrawdown {
        FinancingCommandFields.required("financingId", financingId);
        FinancingCommandFields.required("programId", programId);
        FinancingCommandFields.required("member", member);
        FinancingCommandFields.positiveAmount("amount", amount);
        FinancingCommandFields.required("method", method);
        FinancingCommandFields.required("tenor", tenor);
        FinancingCommandFields.required("businessDate", businessDate);
        FinancingCommandFields.required("actingParty", actingParty);
        boolean amortising = method == RepaymentMethod.EQUAL_PRINCIPAL || method == RepaymentMethod.EQUAL_INSTALLMENT;
        if (amortising && tenor.hasMaturityDate()) {
            throw new IllegalArgumentException("tenor must be a number of periods for " + method + ", not a maturity date");
        }
        if (tenor.hasMaturityDate() && !tenor.maturity().isAfter(businessDate)) {
            throw new IllegalArgumentException("tenor maturity " + tenor.maturity() + " must be after the businessDate "
                    + businessDate);
        }
    }
}
