package org.scfledger.projections.audit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.projections.creditline.MemberLineView;

/**
 * One member line's history as a fold meets it: the view after each event that bears on it. Another member's event
 * is kept only when it moved this line's figures (what the program has left for it).
 */
final class LineHistory {

    private final List<Step> steps = new ArrayList<>();
    private @Nullable MemberLineView view;
    private @Nullable MemberLineView marked;
    private int markedSteps;

    LineHistory(List<Evidence> before) {
        before.forEach(evidence -> steps.add(new Step(evidence, List.of())));
    }

    void after(Evidence evidence, MemberLineView now) {
        List<FieldChange> changes = FieldChange.between(view, now);
        if (evidence.role() != Evidence.Role.OTHER_MEMBER || !changes.isEmpty()) {
            steps.add(new Step(evidence, changes));
        }
        view = now;
    }

    /** Remembers where the line stands now: a diff starts here. */
    void mark() {
        marked = view;
        markedSteps = steps.size();
    }

    MemberLineReplay replay() {
        if (view == null) {
            throw new IllegalStateException("a line's history starts with its admission");
        }
        return new MemberLineReplay(view, steps);
    }

    LineChanges sinceMark() {
        if (view == null) {
            throw new IllegalStateException("a line's history starts with its admission");
        }
        return new LineChanges(view.programId(), marked, view, steps.subList(markedSteps, steps.size()));
    }
}
