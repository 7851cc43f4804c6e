package org.scfledger.commands.financing;

/** Where a financing is in its life. Written off is not a stage: a written-off financing still takes recoveries. */
enum Stage {
    REFUSED,
    REQUESTED,
    DECLINED,
    APPROVED,
    DISBURSED,
    REPAID_IN_FULL
}
