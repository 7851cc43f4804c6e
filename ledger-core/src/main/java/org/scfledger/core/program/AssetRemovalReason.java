package org.scfledger.core.program;

/** Why an asset stops counting on a member's line (DOMAIN.md: "when an asset expires, is settled or released"). */
public enum AssetRemovalReason {
    /** The asset is no longer live: a receivable fell due, a guarantee or order lapsed. */
    EXPIRED,
    /** The asset was paid: a receivable settled by the core enterprise, an order fully invoiced. */
    SETTLED,
    /** The asset was released: goods out of custody, a guarantee or mortgage released, a pledge withdrawn. */
    RELEASED,
    /** The asset's value changed; it is added again with its new value. */
    REVALUED
}
