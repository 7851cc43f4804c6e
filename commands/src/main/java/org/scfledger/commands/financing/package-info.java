/**
 * The financings' write side: the {@link org.scfledger.commands.financing.Financing} aggregate, and the services that
 * change it and the program's credit line in one unit of work ({@link org.scfledger.commands.financing.DrawdownRequests},
 * {@link org.scfledger.commands.financing.FinancingDecisions}, {@link org.scfledger.commands.financing.FinancingRepayments}).
 */
@NullMarked
package org.scfledger.commands.financing;

import org.jspecify.annotations.NullMarked;
