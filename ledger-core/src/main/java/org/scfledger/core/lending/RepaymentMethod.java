package org.scfledger.core.lending;

/** How a financing is repaid (DOMAIN.md, "Financing and repayment"). */
public enum RepaymentMethod {
    /** Interest accrues daily; principal and interest at maturity. */
    BULLET,
    /** 等额本金: principal / n each period, plus interest on the opening balance. */
    EQUAL_PRINCIPAL,
    /** 等额本息: a fixed payment {@code P·r / (1 − (1 + r)^−n)}, r the period rate. */
    EQUAL_INSTALLMENT,
    /** Interest for the whole tenor deducted from the amount paid out; principal at maturity. */
    DISCOUNT
}
