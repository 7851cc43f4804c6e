package org.scfledger.core.trade;

import static org.scfledger.core.trade.Fields.required;
import static org.scfledger.core.trade.Fields.text;

import org.scfledger.core.party.PartyId;

/** What an asset backs: a financing or a credit line, by its reference, in favour of {@code holder} (the funder). */
public record Encumbrance(EncumbranceKind kind, String reference, PartyId holder) {

    public Encumbrance {
        required(kind, "kind");
        text(reference, "reference");
        required(holder, "holder");
    }

    public static Encumbrance financing(String financingId, PartyId funder) {
        return new Encumbrance(EncumbranceKind.FINANCING, financingId, funder);
    }

    public static Encumbrance creditLine(String lineReference, PartyId funder) {
        return new Encumbrance(EncumbranceKind.CREDIT_LINE, lineReference, funder);
    }
}
