package org.scfledger.core.receivable;

import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** One part a receivable was split into, as the split recorded it: its id, its holder, its amount. */
public record ReceivablePart(ReceivableId partId, PartyId holder, Money amount) {
}
