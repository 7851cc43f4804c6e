package org.scfledger.core.journal.export;

import org.scfledger.core.journal.Checkpoint;

/** What an export wrote: its records and checkpoints, and the checkpoint it ends with. */
public record ExportSummary(long records, long checkpoints, Checkpoint finalCheckpoint) {
}
