package org.scfledger.commands.program;

import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** A financing's principal on a member's line: reserved until disbursed, then outstanding until repaid. */
record Drawing(PartyId member, Money reserved, Money outstanding) {

    boolean isReserved() {
        return reserved.isPositive();
    }

    boolean isDrawn() {
        return outstanding.isPositive();
    }
}
