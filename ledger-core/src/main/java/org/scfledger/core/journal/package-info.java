/**
 * The journal: an append-only, gap-free, hash-chained event store on PostgreSQL, with an RFC 6962 Merkle
 * tree over it, signed checkpoints, proofs, exports and an offline verifier. See docs/journal-format.md.
 */
@NullMarked
package org.scfledger.core.journal;

import org.jspecify.annotations.NullMarked;
