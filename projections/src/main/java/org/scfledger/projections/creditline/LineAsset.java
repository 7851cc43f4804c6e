package org.scfledger.projections.creditline;

import java.time.LocalDate;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.credit.LiveAsset;
import org.scfledger.core.money.Money;

/** An asset counting on a member's line, as {@code LineAssetAdded} recorded it. */
public record LineAsset(
        String assetId, AssetType type, Money valueCounted, AdvanceRate advanceRate, Money contribution,
        LocalDate addedOn) {

    LiveAsset live() {
        return new LiveAsset(assetId, type, valueCounted);
    }
}
