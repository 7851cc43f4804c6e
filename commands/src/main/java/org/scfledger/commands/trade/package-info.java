/**
 * The trade documents' write side: the {@link org.scfledger.commands.trade.PurchaseOrder} and
 * {@link org.scfledger.commands.trade.Invoice} aggregates, and the services that change both in one unit of work
 * ({@link org.scfledger.commands.trade.InvoiceIssuance}, {@link org.scfledger.commands.trade.InvoiceCancellation}).
 */
@NullMarked
package org.scfledger.commands.trade;

import org.jspecify.annotations.NullMarked;
