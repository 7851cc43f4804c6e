/**
 * The auditor's offline tools: an export (or a slice) and the ledger's public key in, a credit line or a repayment
 * position as it stood at a checkpoint, a position or an instant out, with the checkpoint it is anchored to and the
 * events that formed it. The read models' own folds run in memory while the export is verified, so what an auditor
 * replays is what the live read models showed.
 */
@NullMarked
package org.scfledger.projections.audit;

import org.jspecify.annotations.NullMarked;
