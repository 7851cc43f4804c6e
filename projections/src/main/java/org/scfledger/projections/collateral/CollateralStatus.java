package org.scfledger.projections.collateral;

/** Whether a collateral item still counts: pledged (live), released, or expired. */
public enum CollateralStatus {
    PLEDGED,
    RELEASED,
    EXPIRED
}
