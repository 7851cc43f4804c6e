/**
 * The receivables' write side: the {@link org.scfledger.commands.receivable.Receivable} aggregate (a registered
 * receivable or a part split from one), and the services that read or change several aggregates in one unit of work:
 * {@link org.scfledger.commands.receivable.ReceivableConfirmation} (the three-way match),
 * {@link org.scfledger.commands.receivable.ReceivableSplitting} and
 * {@link org.scfledger.commands.receivable.ReceivableSettlement}.
 */
@NullMarked
package org.scfledger.commands.receivable;

import org.jspecify.annotations.NullMarked;
