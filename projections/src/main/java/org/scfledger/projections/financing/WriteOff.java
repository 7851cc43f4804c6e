package org.scfledger.projections.financing;

import java.time.LocalDate;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** The funder's recognition of the financing as a loss. */
public record WriteOff(Money outstandingPrincipal, Money dueInterest, Money penaltyInterest, long daysPastDue,
        String reason, LocalDate writtenOffOn, PartyId writtenOffBy) {
}
