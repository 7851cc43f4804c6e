package org.scfledger.commands.receivable;

import java.time.LocalDate;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.receivable.ReceivableId;

/**
 * A part (or an unsplit receivable) that {@link ReceivableSettlement} paid to the funder of its FINANCING encumbrance:
 * {@code amount} is the whole part, {@code holder} the party that assigned it, {@code actingParty} the paying debtor.
 */
public record FinancedPartPaid(ReceivableId receivableId, ReceivableId originalId, PartyId holder, Encumbrance encumbrance,
        Money amount, LocalDate paidOn, PartyId actingParty) {
}
