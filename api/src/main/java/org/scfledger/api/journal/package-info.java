/** The journal inside the server: Axon's event storage, the ledger's key, scheduled checkpoints. */
@NullMarked
package org.scfledger.api.journal;

import org.jspecify.annotations.NullMarked;
