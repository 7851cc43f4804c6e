package org.scfledger.projections.receivable;

/** Where a receivable (or part) is; the first that applies, in this order: settled, split, disputed, confirmed. */
public enum ReceivableStatus {
    REGISTERED,
    CONFIRMED,
    DISPUTED,
    SPLIT,
    SETTLED
}
