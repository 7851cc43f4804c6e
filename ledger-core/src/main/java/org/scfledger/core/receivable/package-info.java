/**
 * Receivables on the core enterprise: registered by the supplier, confirmed by the debtor after a three-way match,
 * split and transferred down the chain, pledged to one financing or line at a time, and settled at maturity to
 * every part's holder or its funder (DOMAIN.md, "Receivables travel down the chain").
 */
@NullMarked
package org.scfledger.core.receivable;

import org.jspecify.annotations.NullMarked;
