package org.scfledger.core.financing;

/** The funder's answer to a financing request. */
public enum FinancingDecision {
    APPROVE,
    DECLINE
}
