package org.scfledger.core.lending;

/** A repayment with where it went, as the replay allocated it against the dues of its date. */
public record AppliedRepayment(Repayment repayment, Allocation allocation) {
}
