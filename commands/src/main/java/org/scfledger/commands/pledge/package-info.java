/**
 * The pledging flows, each one unit of work over an asset and a program (ADR 0003, point 2):
 * {@link org.scfledger.commands.pledge.AssetPledging} encumbers an asset for a member's line and counts it there;
 * {@link org.scfledger.commands.pledge.CollateralChanges} keeps the line in step when collateral is released,
 * expires or is revalued.
 */
@NullMarked
package org.scfledger.commands.pledge;

import org.jspecify.annotations.NullMarked;
