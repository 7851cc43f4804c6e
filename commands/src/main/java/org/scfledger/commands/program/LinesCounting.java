package org.scfledger.commands.program;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.asset.EncumbranceKind;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.pledge.LineReference;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.RemoveAssetFromLine;

/**
 * Finds the program whose credit line counts an asset through the asset's line encumbrance, for the flows that keep
 * lines in step with their assets (releases, settlement, maturity, re-counting an order), and takes assets off it.
 */
public final class LinesCounting {

    private LinesCounting() {
    }

    /** The program whose credit line counts {@code assetId} through this encumbrance, if there is one. */
    public record Counting(ProgramId programId, Aggregate<Program> program) {
    }

    public static Optional<Counting> counting(Repository<Program> programs, Encumbrance encumbrance, PartyId member, String assetId) {
        if (encumbrance.kind() != EncumbranceKind.CREDIT_LINE) {
            return Optional.empty();
        }
        ProgramId programId = LineReference.programOf(encumbrance.reference(), member).orElse(null);
        if (programId == null) {
            return Optional.empty();
        }
        Aggregate<Program> program;
        try {
            program = programs.load(programId.toString());
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
        return program.invoke(p -> p.countsAsset(assetId)) ? Optional.of(new Counting(programId, program)) : Optional.empty();
    }

    /** Takes the asset off the line that counts it, if one does. */
    public static void removeIfCounted(Repository<Program> programs, Encumbrance encumbrance, PartyId member, String assetId,
            AssetRemovalReason reason, LocalDate on, PartyId actingParty) {
        counting(programs, encumbrance, member, assetId).ifPresent(line -> line.program().execute(p -> p.removeAssetFromLine(
                new RemoveAssetFromLine(line.programId(), assetId, reason, on, actingParty))));
    }
}
