package org.scfledger.core.credit;

import org.scfledger.core.money.Money;

/**
 * One line of the "why is my limit what it is" answer: what an asset adds to the member limit.
 *
 * @param advanceRate the program's rate for the type, 0 % when the type is not eligible in the program
 * @param contribution {@code valueCounted × advanceRate}, booked (half-even to the minor unit)
 * @param eligible false when the program does not accept the asset's type, so it adds nothing
 */
public record AssetContribution(
        String assetId, AssetType type, Money valueCounted, AdvanceRate advanceRate, Money contribution,
        boolean eligible) {

    static AssetContribution of(LiveAsset asset, AdvanceRates rates) {
        return rates.rateFor(asset.type())
                .map(rate -> new AssetContribution(asset.assetId(), asset.type(), asset.valueCounted(), rate,
                        asset.valueCounted().times(rate.fraction()).rounded(), true))
                .orElseGet(() -> new AssetContribution(asset.assetId(), asset.type(), asset.valueCounted(),
                        AdvanceRate.percent("0"), Money.zero(asset.valueCounted().currency()), false));
    }
}
