/** The business calendar: what the ledger records when a business day ends (overdue, maturity, expiry). */
@NullMarked
package org.scfledger.api.calendar;

import org.jspecify.annotations.NullMarked;
