package org.scfledger.core.trade;

/** What the tax authority's invoice verification service answered. Only {@link #AUTHENTIC} makes an invoice usable. */
public enum TaxAuthorityVerdict {
    /** The invoice exists as issued: same parties, amounts and date. */
    AUTHENTIC,
    /** The tax authority knows no invoice with this key. */
    NOT_FOUND,
    /** An invoice with this key exists, but its parties, amounts or date differ from what was registered here. */
    DETAILS_DIFFER,
    /** The invoice was voided or reversed (red-letter) at the tax authority. */
    VOIDED
}
