package org.scfledger.core.asset;

/** What an asset backs. */
public enum EncumbranceKind {
    /** One financing (a receivable financing, a drawdown): the reference is the financing's id. */
    FINANCING,
    /** A member's credit line in a program: the reference is the line's (program and member). */
    CREDIT_LINE
}
