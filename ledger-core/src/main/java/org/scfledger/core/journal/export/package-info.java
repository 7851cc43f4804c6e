/**
 * The journal's export, a self-contained file of records and signed checkpoints, and the offline verifier
 * an auditor runs on it with nothing but the ledger's public key; and its slices, the records of one scope each with
 * an inclusion proof against a signed checkpoint, with their own verifier. The format is docs/journal-format.md.
 */
@NullMarked
package org.scfledger.core.journal.export;

import org.jspecify.annotations.NullMarked;
