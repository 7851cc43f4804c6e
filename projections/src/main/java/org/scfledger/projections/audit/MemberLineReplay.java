package org.scfledger.projections.audit;

import java.util.List;
import org.scfledger.projections.creditline.MemberLineView;

/** A member's line as it stood, and the events that formed it, each with what it changed. */
public record MemberLineReplay(MemberLineView line, List<Step> steps) {

    public MemberLineReplay {
        steps = List.copyOf(steps);
    }
}
