package org.scfledger.core.financing;

import org.scfledger.core.lending.RepaymentMethod;

/** How a receivable financing pays its interest (DOMAIN.md, "Receivable financing"): one installment at the receivable's maturity. */
public enum ReceivableInterestMode {
    /** Deducted up front: the amount paid out is principal − interest for the whole tenor ({@link RepaymentMethod#DISCOUNT}). */
    DISCOUNT(RepaymentMethod.DISCOUNT),
    /** Paid at maturity with the principal ({@link RepaymentMethod#BULLET}). */
    AT_MATURITY(RepaymentMethod.BULLET);

    private final RepaymentMethod method;

    ReceivableInterestMode(RepaymentMethod method) {
        this.method = method;
    }

    /** The repayment method whose schedule this mode is. */
    public RepaymentMethod method() {
        return method;
    }
}
