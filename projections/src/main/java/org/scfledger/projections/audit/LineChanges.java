package org.scfledger.projections.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.creditline.MemberLineView;

/**
 * How a member's line in one program moved between two points, event by event.
 *
 * @param before the line at the first point; null when the member was admitted after it
 */
public record LineChanges(ProgramId program, @Nullable MemberLineView before, MemberLineView after, List<Step> steps) {

    public LineChanges {
        steps = List.copyOf(steps);
    }
}
