package org.scfledger.core.party;

/** The parts a party can play in an N+1+N program (DOMAIN.md, "Who is involved"). */
public enum PartyRole {
    /** The "1": a large buyer or manufacturer whose credit the program lends against. */
    CORE_ENTERPRISE,
    /** Upstream "N": sells to the core enterprise (or, at tier 2 and below, to another supplier). */
    SUPPLIER,
    /** Downstream "N": buys from the core enterprise. */
    DISTRIBUTOR,
    /** The bank: runs programs, decides, disburses, receives repayments. */
    FUNDER,
    /** Reads and verifies everything, writes nothing. */
    AUDITOR,
    /** Guarantees a member's obligations. */
    GUARANTOR
}
