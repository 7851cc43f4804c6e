package org.scfledger.core.pledge;

import java.util.Optional;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;

/**
 * The reference of a credit-line encumbrance: {@code <program>:<member>} ({@code prog-1:supplier-7}), the ids'
 * values. Both may contain ':', so the reference is read back knowing the member (the asset's pledgor), never by
 * splitting.
 */
public final class LineReference {

    private LineReference() {
    }

    public static String of(ProgramId programId, PartyId member) {
        return programId.value() + ":" + member.value();
    }

    /** The program of a line reference of {@code member}'s line, or empty if it is not one. */
    public static Optional<ProgramId> programOf(String reference, PartyId member) {
        String suffix = ":" + member.value();
        if (!reference.endsWith(suffix) || reference.length() == suffix.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProgramId.of(reference.substring(0, reference.length() - suffix.length())));
        } catch (IllegalArgumentException notAProgram) {
            return Optional.empty();
        }
    }
}
