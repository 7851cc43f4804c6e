/** What every asset shares, whatever its kind (invoice, order, receivable, collateral): what it backs. */
@NullMarked
package org.scfledger.core.asset;

import org.jspecify.annotations.NullMarked;
