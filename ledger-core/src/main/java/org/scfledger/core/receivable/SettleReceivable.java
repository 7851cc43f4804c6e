package org.scfledger.core.receivable;

import static org.scfledger.core.receivable.ReceivableFields.original;
import static org.scfledger.core.rules.CommandFields.positive;
import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * The debtor pays the registered receivable's full face at or after maturity; the payment is cleared to every part's
 * holder, or to the funder that finances a part. Partial payments are refused: a receivable is settled whole.
 */
public record SettleReceivable(@TargetAggregateIdentifier ReceivableId receivableId, Money amount, LocalDate paidOn,
        PartyId actingParty) {

    public SettleReceivable {
        original(receivableId, "receivableId");
        positive(amount, "amount");
        required(paidOn, "paidOn");
        required(actingParty, "actingParty");
    }
}
