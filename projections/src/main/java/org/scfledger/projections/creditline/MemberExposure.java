package org.scfledger.projections.creditline;

import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** One member's share of its program's utilisation. */
public record MemberExposure(PartyId member, Money used, Money outstanding) {
}
