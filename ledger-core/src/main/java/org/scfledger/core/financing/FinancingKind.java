package org.scfledger.core.financing;

/**
 * The shape of a financing (DOMAIN.md, "Financing and repayment"): each kind has its own request; both share the
 * decision, disbursement, repayment, overdue and write-off events.
 */
public enum FinancingKind {
    /** 众微贷: any amount up to what the member can draw now, for a chosen tenor and repayment method. */
    LINE_DRAWDOWN,
    /**
     * 众链贷: a supplier assigns one confirmed receivable (or part) and receives up to its outstanding face × the
     * program's advance rate for receivables; the debtor's payment at maturity repays it.
     */
    RECEIVABLE
}
