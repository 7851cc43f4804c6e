/**
 * Collateral's write side: the {@link org.scfledger.commands.collateral.Collateral} aggregate and
 * {@link org.scfledger.commands.collateral.CollateralIntake}, which pledges an item once, ever. Releasing, expiring
 * and revaluing go through {@code org.scfledger.commands.pledge.CollateralChanges}, which keeps the line in step.
 */
@NullMarked
package org.scfledger.commands.collateral;

import org.jspecify.annotations.NullMarked;
