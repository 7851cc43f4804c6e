/**
 * The journal's export, a self-contained file of records and signed checkpoints, and the offline verifier
 * an auditor runs on it with nothing but the ledger's public key. The format is docs/journal-format.md.
 */
@NullMarked
package org.scfledger.core.journal.export;

import org.jspecify.annotations.NullMarked;
