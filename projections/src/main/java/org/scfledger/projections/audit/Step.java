package org.scfledger.projections.audit;

import java.util.List;

/** An event and what it changed in the view it bears on. */
public record Step(Evidence evidence, List<FieldChange> changes) {

    public Step {
        changes = List.copyOf(changes);
    }
}
