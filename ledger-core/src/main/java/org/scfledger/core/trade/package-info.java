/**
 * Trade documents: purchase orders and invoices, their commands and events. An invoice is an asset that can
 * back a financing or a line exactly once (DOMAIN.md, "No double financing"); an accepted order's amount not yet
 * invoiced is an asset too.
 */
@NullMarked
package org.scfledger.core.trade;

import org.jspecify.annotations.NullMarked;
