package org.scfledger.core.credit;

import java.util.Objects;
import org.scfledger.core.money.Money;

/**
 * An asset that currently backs a member's line (eligible, live, unencumbered: the caller decides which are), with
 * the value DOMAIN.md counts for its type (outstanding face, amount incl. tax, amount not yet invoiced…).
 */
public record LiveAsset(String assetId, AssetType type, Money valueCounted) {

    public LiveAsset {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(type, "type");
        valueCounted.requireBooked();
        if (valueCounted.isNegative()) {
            throw new IllegalArgumentException("Asset " + assetId + " counts a negative value: " + valueCounted);
        }
    }
}
