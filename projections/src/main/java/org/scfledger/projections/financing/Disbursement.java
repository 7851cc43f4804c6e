package org.scfledger.projections.financing;

import java.time.LocalDate;
import org.scfledger.core.lending.Schedule;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** The payout: principal, the interest deducted up front, what the member received, and the schedule fixed then. */
public record Disbursement(
        Money principal, Money upfrontInterest, Money disbursedAmount, Schedule schedule, LocalDate disbursedOn,
        PartyId disbursedBy) {
}
