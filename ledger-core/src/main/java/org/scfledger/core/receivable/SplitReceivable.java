package org.scfledger.core.receivable;

import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/**
 * The holder splits a confirmed receivable (or part) into parts for its own suppliers (tier 2, tier 3, ...): the parts'
 * amounts sum exactly to its balance; part {@code n} (from 1, in the order given) gets the id {@code <id>/<n>}.
 */
public record SplitReceivable(@TargetAggregateIdentifier ReceivableId receivableId, List<SplitPart> parts, LocalDate splitOn,
        PartyId actingParty) {

    /** At most this many parts per split. */
    public static final int MAX_PARTS = 100;

    public SplitReceivable {
        required(receivableId, "receivableId");
        required(parts, "parts");
        parts = List.copyOf(parts);
        if (parts.size() < 2 || parts.size() > MAX_PARTS) {
            throw new IllegalArgumentException("parts must be 2 to " + MAX_PARTS + ", got " + parts.size()
                    + " (to hand the whole receivable on, transfer it)");
        }
        if (receivableId.depth() >= ReceivableId.MAX_DEPTH) {
            throw new IllegalArgumentException("receivableId " + receivableId + " is split " + ReceivableId.MAX_DEPTH
                    + " times already: transfer it instead");
        }
        if (parts.stream().map(p -> p.amount().currency()).distinct().count() != 1) {
            throw new IllegalArgumentException("parts must all be in one currency: " + parts);
        }
        required(splitOn, "splitOn");
        required(actingParty, "actingParty");
    }
}
