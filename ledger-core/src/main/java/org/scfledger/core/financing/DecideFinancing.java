package org.scfledger.core.financing;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/**
 * The funder approves a requested financing, or declines it with its reasons (the reservation then goes back to the
 * line in the same unit of work). Acting party: the program's funder.
 *
 * @param reasons why: at least one to decline, optional to approve
 */
public record DecideFinancing(
        @TargetAggregateIdentifier FinancingId financingId,
        FinancingDecision decision,
        List<String> reasons,
        LocalDate businessDate,
        PartyId actingParty) {

    public DecideFinancing {
        FinancingCommandFields.required("financingId", financingId);
        FinancingCommandFields.required("decision", decision);
        reasons = FinancingCommandFields.reasons("reasons", reasons);
        if (decision == FinancingDecision.DECLINE && reasons.isEmpty()) {
            throw new IllegalArgumentException("reasons are required to decline a financing");
        }
        FinancingCommandFields.required("businessDate", businessDate);
        FinancingCommandFields.required("actingParty", actingParty);
    }

    public static DecideFinancing approve(FinancingId financingId, LocalDate businessDate, PartyId actingParty) {
        return new DecideFinancing(financingId, FinancingDecision.APPROVE, List.of(), businessDate, actingParty);
    }

    public static DecideFinancing decline(FinancingId financingId, List<String> reasons, LocalDate businessDate,
            PartyId actingParty) {
        return new DecideFinancing(financingId, FinancingDecision.DECLINE, reasons, businessDate, actingParty);
    }
}
