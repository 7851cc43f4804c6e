package org.scfledger.projections.creditline;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.program.ProgramEvent;
import org.scfledger.core.program.ProgramEvent.ProgramCreated;
import org.scfledger.projections.ReadModel;

/** The programs' lines: one entity per program, keyed by the program's id. */
public final class ProgramLines implements ReadModel<ProgramState> {

    @Override
    public String name() {
        return "program_line";
    }

    @Override
    public Class<ProgramState> stateType() {
        return ProgramState.class;
    }

    @Override
    public List<String> keysOf(Object event) {
        return event instanceof ProgramEvent e ? List.of(e.programId().toString()) : List.of();
    }

    @Override
    public ProgramState apply(@Nullable ProgramState state, Object event) {
        if (event instanceof ProgramCreated created) {
            return ProgramState.created(created);
        }
        if (state == null) {
            throw new IllegalStateException("No program for " + event);
        }
        return state.apply((ProgramEvent) event);
    }
}
