package org.scfledger.core.money;

import java.util.Currency;

/** Thrown when an operation would silently add, compare or net amounts in two different currencies. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("Currency mismatch: expected " + expected.getCurrencyCode() + " but got " + actual.getCurrencyCode()
                + "; amounts in different currencies are never combined implicitly");
    }
}
