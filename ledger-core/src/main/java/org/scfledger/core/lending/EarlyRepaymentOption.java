package org.scfledger.core.lending;

/** The borrower's choice after repaying principal early (DOMAIN.md: "shortens the schedule or lowers the installment"). */
public enum EarlyRepaymentOption {
    /** Keep the installment (the payment, or the principal part); fewer installments remain. */
    SHORTEN_TERM,
    /** Keep the remaining due dates; each installment is recomputed on the lower balance. */
    LOWER_INSTALLMENT
}
