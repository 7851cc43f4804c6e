package org.scfledger.projections.audit;

import org.jspecify.annotations.Nullable;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;

/** What an audit replay looks at: a member's credit lines (in one program or all), a program's line, or a financing. */
public sealed interface ReplaySubject {

    /** The lines of {@code member}: in {@code program}, or in every program it belongs to when null. */
    record Member(PartyId member, @Nullable ProgramId program) implements ReplaySubject {
    }

    record Program(ProgramId program) implements ReplaySubject {
    }

    record Financing(FinancingId financing) implements ReplaySubject {
    }
}
