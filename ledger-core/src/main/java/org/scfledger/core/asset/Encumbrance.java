package org.scfledger.core.asset;


import org.scfledger.core.party.PartyId;

/** What an asset backs: a financing or a credit line, by its reference, in favour of {@code holder} (the funder). */
public record Encumbrance(EncumbranceKind kind, String reference, PartyId holder) {

    public Encumbrance {
        if (kind == null || holder == null) {
            throw new IllegalArgumentException(kind == null ? "kind is required" : "holder is required");
        }
        if (reference == null || reference.isBlank() || reference.length() > 200) {
            throw new IllegalArgumentException("reference is required, at most 200 characters");
        }
    }

    public static Encumbrance financing(String financingId, PartyId funder) {
        return new Encumbrance(EncumbranceKind.FINANCING, financingId, funder);
    }

    public static Encumbrance creditLine(String lineReference, PartyId funder) {
        return new Encumbrance(EncumbranceKind.CREDIT_LINE, lineReference, funder);
    }
}
