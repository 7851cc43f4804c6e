package org.scfledger.projections.creditline;

/** Why a member can draw nothing now, whatever its figures say. */
public enum DrawingBlock {
    /** The program expired: repayments go on, drawdowns do not. */
    PROGRAM_EXPIRED,
    /** The funder suspended the member. */
    MEMBER_SUSPENDED,
    /** Reserved and outstanding principal exceed the member limit: nothing new until it is cured. */
    SHORTFALL
}
