package org.scfledger.projections.query;

import org.jspecify.annotations.Nullable;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramId;

/** Which members' lines to list; null fields do not filter. {@code shortfall}: a shortfall reported and not cured. */
public record MemberLineFilter(@Nullable ProgramId programId, @Nullable PartyId member, @Nullable MemberSide side,
        @Nullable Boolean suspended, @Nullable Boolean shortfall) {

    public static MemberLineFilter all() {
        return new MemberLineFilter(null, null, null, null, null);
    }

    public static MemberLineFilter ofProgram(ProgramId programId) {
        return new MemberLineFilter(programId, null, null, null, null);
    }

    public static MemberLineFilter ofMember(PartyId member) {
        return new MemberLineFilter(null, member, null, null, null);
    }
}
