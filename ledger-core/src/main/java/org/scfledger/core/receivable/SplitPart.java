package org.scfledger.core.receivable;

import static org.scfledger.core.rules.CommandFields.positive;
import static org.scfledger.core.rules.CommandFields.required;

import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** One part asked for in a split: how much of the balance, and who holds it from now on. */
public record SplitPart(Money amount, PartyId holder) {

    public SplitPart {
        positive(amount, "parts.amount");
        required(holder, "parts.holder");
    }
}
