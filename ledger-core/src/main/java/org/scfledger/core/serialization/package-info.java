/** How the ledger's messages become JSON: one configuration for events, snapshots and tokens. */
@NullMarked
package org.scfledger.core.serialization;

import org.jspecify.annotations.NullMarked;
