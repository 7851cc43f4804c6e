package org.scfledger.core.program;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * Reserves principal on a member's line for a financing, before it is decided and disbursed: the reserved amount
 * counts as used at once, so concurrent requests can never together exceed the member's or the program's limit.
 * Acting party: the member itself (only a member asks for its own financing).
 */
public record ReserveDrawdown(
        @TargetAggregateIdentifier ProgramId programId,
        FinancingId financingId,
        PartyId member,
        Money amount,
        LocalDate businessDate,
        PartyId actingParty) {

    public ReserveDrawdown {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.required("financingId", financingId);
        ProgramCommandFields.required("member", member);
        ProgramCommandFields.positiveAmount("amount", amount);
        ProgramCommandFields.required("businessDate", businessDate);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
