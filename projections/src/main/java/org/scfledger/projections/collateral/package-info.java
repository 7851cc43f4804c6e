/** The collateral register: goods, warehouse receipts, guarantees and mortgages, their value, expiry and pledge. */
@NullMarked
package org.scfledger.projections.collateral;

import org.jspecify.annotations.NullMarked;
