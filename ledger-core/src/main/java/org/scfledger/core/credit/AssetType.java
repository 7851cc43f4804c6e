package org.scfledger.core.credit;

/** The assets that raise a member's line, with the default advance rates of DOMAIN.md (each program may override). */
public enum AssetType {

    /** Confirmed receivable on the core enterprise; counts its outstanding face amount. */
    RECEIVABLE("80"),
    /** Verified invoice linked to an order or receivable; counts its amount including tax. */
    INVOICE("70"),
    /** Purchase order accepted by the core enterprise; counts the amount not yet invoiced. */
    PURCHASE_ORDER("40"),
    /** Goods in custody or a warehouse receipt; counts the appraised value. */
    GOODS("60"),
    /** Guarantee by the core enterprise or a guarantor; counts the guaranteed amount. */
    GUARANTEE("100"),
    /** Registered mortgage; counts the appraised value. */
    MORTGAGE("60");

    private final AdvanceRate defaultAdvanceRate;

    AssetType(String defaultPercent) {
        this.defaultAdvanceRate = AdvanceRate.percent(defaultPercent);
    }

    public AdvanceRate defaultAdvanceRate() {
        return defaultAdvanceRate;
    }
}
