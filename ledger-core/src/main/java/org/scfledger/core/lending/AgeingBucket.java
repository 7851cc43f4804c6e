package org.scfledger.core.lending;

/**
 * Collection status by days past due (DOMAIN.md: 1–30, 31–60, 61–90, 90+, read as 91 days and more). Each bucket
 * holds the days from {@link #fromDays()} to {@link #toDays()} inclusive, so that a query can filter by bucket with
 * the same bounds.
 */
public enum AgeingBucket {
    CURRENT(0, 0),
    DPD_1_30(1, 30),
    DPD_31_60(31, 60),
    DPD_61_90(61, 90),
    DPD_90_PLUS(91, Long.MAX_VALUE);

    private final long fromDays;
    private final long toDays;

    AgeingBucket(long fromDays, long toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public long fromDays() {
        return fromDays;
    }

    public long toDays() {
        return toDays;
    }

    public static AgeingBucket forDaysPastDue(long daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("Days past due cannot be negative: " + daysPastDue);
        }
        for (AgeingBucket bucket : values()) {
            if (daysPastDue <= bucket.toDays) {
                return bucket;
            }
        }
        throw new AssertionError("the last bucket is open-ended");
    }
}
