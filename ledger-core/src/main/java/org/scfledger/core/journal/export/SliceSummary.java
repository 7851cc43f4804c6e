package org.scfledger.core.journal.export;

import org.scfledger.core.journal.Checkpoint;

/** What a slice holds: its records, each proven in the tree the anchor checkpoint signs. */
public record SliceSummary(long records, Checkpoint anchor) {
}
