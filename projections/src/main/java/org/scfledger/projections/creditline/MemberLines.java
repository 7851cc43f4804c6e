package org.scfledger.projections.creditline;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramEvent;
import org.scfledger.core.program.ProgramEvent.DrawdownReserved;
import org.scfledger.core.program.ProgramEvent.LineAssetAdded;
import org.scfledger.core.program.ProgramEvent.LineAssetRemoved;
import org.scfledger.core.program.ProgramEvent.MemberAdmitted;
import org.scfledger.core.program.ProgramEvent.MemberLimitsChanged;
import org.scfledger.core.program.ProgramEvent.MemberReinstated;
import org.scfledger.core.program.ProgramEvent.MemberShortfallCured;
import org.scfledger.core.program.ProgramEvent.MemberShortfallDetected;
import org.scfledger.core.program.ProgramEvent.MemberSuspended;
import org.scfledger.core.program.ProgramEvent.PrincipalDrawn;
import org.scfledger.core.program.ProgramEvent.PrincipalRepaid;
import org.scfledger.core.program.ProgramEvent.ReservationReleased;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.ReadModel;

/** The members' lines: one entity per member and program, keyed by {@link #key(ProgramId, PartyId)}. */
public final class MemberLines implements ReadModel<MemberLineState> {

    public static String key(ProgramId programId, PartyId member) {
        return programId + "/" + member;
    }

    @Override
    public String name() {
        return "member_line";
    }

    @Override
    public Class<MemberLineState> stateType() {
        return MemberLineState.class;
    }

    @Override
    public List<String> keysOf(Object event) {
        PartyId member = memberOf(event);
        return member == null ? List.of() : List.of(key(((ProgramEvent) event).programId(), member));
    }

    @Override
    public MemberLineState apply(@Nullable MemberLineState state, Object event) {
        if (event instanceof MemberAdmitted admitted) {
            return MemberLineState.admitted(admitted);
        }
        if (state == null) {
            throw new IllegalStateException("No member line for " + event);
        }
        return state.apply((ProgramEvent) event);
    }

    /** The member a program event is about; null for the program-wide ones. */
    public static @Nullable PartyId memberOf(Object event) {
        if (event instanceof MemberAdmitted e) {
            return e.member();
        }
        if (event instanceof MemberSuspended e) {
            return e.member();
        }
        if (event instanceof MemberReinstated e) {
            return e.member();
        }
        if (event instanceof MemberLimitsChanged e) {
            return e.member();
        }
        if (event instanceof LineAssetAdded e) {
            return e.member();
        }
        if (event instanceof LineAssetRemoved e) {
            return e.member();
        }
        if (event instanceof MemberShortfallDetected e) {
            return e.member();
        }
        if (event instanceof MemberShortfallCured e) {
            return e.member();
        }
        if (event instanceof DrawdownReserved e) {
            return e.member();
        }
        if (event instanceof ReservationReleased e) {
            return e.member();
        }
        if (event instanceof PrincipalDrawn e) {
            return e.member();
        }
        if (event instanceof PrincipalRepaid e) {
            return e.member();
        }
        return null;
    }
}
