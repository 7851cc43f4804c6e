package org.scfledger.core.credit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A program's eligible asset types and their advance rates. An asset type absent from the map is not eligible in
 * the program: its assets add nothing to the line. Immutable; the {@code with…} methods return a new value.
 */
public record AdvanceRates(Map<AssetType, AdvanceRate> rates) {

    public AdvanceRates {
        EnumMap<AssetType, AdvanceRate> copy = new EnumMap<>(AssetType.class);
        copy.putAll(rates);
        rates = Collections.unmodifiableMap(copy);
    }

    /** Every asset type eligible, at the defaults of DOMAIN.md (80/70/40/60/100/60 %). */
    public static AdvanceRates defaults() {
        EnumMap<AssetType, AdvanceRate> rates = new EnumMap<>(AssetType.class);
        for (AssetType type : AssetType.values()) {
            rates.put(type, type.defaultAdvanceRate());
        }
        return new AdvanceRates(rates);
    }

    /** The same rates with {@code type} eligible at {@code rate}. */
    public AdvanceRates with(AssetType type, AdvanceRate rate) {
        EnumMap<AssetType, AdvanceRate> copy = new EnumMap<>(AssetType.class);
        copy.putAll(rates);
        copy.put(type, rate);
        return new AdvanceRates(copy);
    }

    /** The same rates with {@code type} no longer eligible. */
    public AdvanceRates without(AssetType type) {
        EnumMap<AssetType, AdvanceRate> copy = new EnumMap<>(AssetType.class);
        copy.putAll(rates);
        copy.remove(type);
        return new AdvanceRates(copy);
    }

    /** The rate for {@code type}, or empty if the program does not accept that type. */
    public Optional<AdvanceRate> rateFor(AssetType type) {
        return Optional.ofNullable(rates.get(type));
    }
}
