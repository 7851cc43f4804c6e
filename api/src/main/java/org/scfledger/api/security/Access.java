package org.scfledger.api.security;

/** What an API key may do. Derived from the party's roles when the key is issued. */
public enum Access {
    /** The ledger's operator: registers parties, issues keys, runs the business day; reads everything. */
    OPERATOR,
    /** A business party (core enterprise, supplier, distributor, funder, guarantor): acts for itself, sees its own. */
    PARTY,
    /** An auditor or regulator: reads everything, writes nothing. */
    AUDITOR;

    public boolean writes() {
        return this != AUDITOR;
    }

    public boolean readsEverything() {
        return this != PARTY;
    }
}
