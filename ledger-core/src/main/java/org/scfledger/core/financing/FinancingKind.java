package org.scfledger.core.financing;

/**
 * The shape of a financing (DOMAIN.md, "Financing and repayment"). Only line drawdowns exist so far; a receivable
 * financing (众链贷) will be a second kind with its own request (the receivable it assigns), sharing the decision,
 * disbursement and repayment events.
 */
public enum FinancingKind {
    /** 众微贷: any amount up to what the member can draw now, for a chosen tenor and repayment method. */
    LINE_DRAWDOWN
}
