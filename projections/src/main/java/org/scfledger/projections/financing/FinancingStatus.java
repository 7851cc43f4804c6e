package org.scfledger.projections.financing;

/** Where a financing is in its life; overdue is not a status but its ageing as of a date. */
public enum FinancingStatus {
    REQUESTED,
    REFUSED,
    APPROVED,
    DECLINED,
    DISBURSED,
    WRITTEN_OFF,
    REPAID
}
