package org.scfledger.projections.creditline;

import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.MemberSide;

/** What one member uses of its program's limit: principal reserved for requests, and drawn and not yet repaid. */
public record MemberUse(PartyId member, MemberSide side, Money reserved, Money outstanding) {

    /** Reserved and outstanding principal: what counts against the limits (as the write side counts it). */
    public Money used() {
        return reserved.plus(outstanding);
    }
}
