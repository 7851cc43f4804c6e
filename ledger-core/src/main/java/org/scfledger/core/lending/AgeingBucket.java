package org.scfledger.core.lending;

/** Collection status by days past due (DOMAIN.md: 1–30, 31–60, 61–90, 90+, read as 91 days and more). */
public enum AgeingBucket {
    CURRENT,
    DPD_1_30,
    DPD_31_60,
    DPD_61_90,
    DPD_90_PLUS;

    public static AgeingBucket forDaysPastDue(long daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("Days past due cannot be negative: " + daysPastDue);
        }
        if (daysPastDue == 0) {
            return CURRENT;
        }
        if (daysPastDue <= 30) {
            return DPD_1_30;
        }
        if (daysPastDue <= 60) {
            return DPD_31_60;
        }
        if (daysPastDue <= 90) {
            return DPD_61_90;
        }
        return DPD_90_PLUS;
    }
}
