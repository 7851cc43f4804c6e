package org.scfledger.core.collateral;

import org.scfledger.core.credit.AssetType;

/** What a collateral item is, and which asset type of DOMAIN.md it counts as on a line. */
public enum CollateralKind {
    /** Goods held by a custodian; counts its appraised value while in custody. */
    GOODS(AssetType.GOODS),
    /** A warehouse receipt (its number is the document reference) for goods a custodian holds; counts as goods. */
    WAREHOUSE_RECEIPT(AssetType.GOODS),
    /** A guarantee by the core enterprise or a guarantor; counts the guaranteed amount until it expires. */
    GUARANTEE(AssetType.GUARANTEE),
    /** A registered mortgage (its registration is the document reference); counts its appraised value. */
    MORTGAGE(AssetType.MORTGAGE);

    private final AssetType assetType;

    CollateralKind(AssetType assetType) {
        this.assetType = assetType;
    }

    public AssetType assetType() {
        return assetType;
    }
}
