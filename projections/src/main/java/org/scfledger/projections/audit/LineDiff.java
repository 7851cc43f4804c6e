package org.scfledger.projections.audit;

import java.util.List;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.party.PartyId;

/** What changed in a member's lines between two signed checkpoints, event by event. */
public record LineDiff(PartyId member, Checkpoint from, Checkpoint to, List<LineChanges> lines) {

    public LineDiff {
        lines = List.copyOf(lines);
    }
}
