/** The ledger's language (commands, events, queries, value objects) and its journal. Framework-free where it costs nothing. */
@NullMarked
package org.scfledger.core;

import org.jspecify.annotations.NullMarked;
