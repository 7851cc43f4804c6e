/**
 * Collateral: goods and warehouse receipts in custody, guarantees and mortgages that a member pledges to a funder,
 * their commands and events. A collateral item is an asset that raises a line (DOMAIN.md: appraised value or
 * guaranteed amount) and backs at most one financing or line at a time.
 */
@NullMarked
package org.scfledger.core.collateral;

import org.jspecify.annotations.NullMarked;
