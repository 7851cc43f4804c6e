/** The write side inside the server: the ledger's serializers, its aggregates and handlers, the command gateway. */
@NullMarked
package org.scfledger.api.writeside;

import org.jspecify.annotations.NullMarked;
