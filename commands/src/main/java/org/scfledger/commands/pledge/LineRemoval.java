package org.scfledger.commands.pledge;

import java.time.LocalDate;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.scfledger.commands.program.Program;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.asset.EncumbranceKind;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.pledge.LineReference;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.RemoveAssetFromLine;

/** Takes an asset off the credit line its encumbrance names, if it counts there: one rule for every way an asset stops counting. */
final class LineRemoval {

    private LineRemoval() {
    }

    static void ifCounted(Repository<Program> programs, Encumbrance encumbrance, PartyId member, String assetId,
            AssetRemovalReason reason, LocalDate on, PartyId actingParty) {
        if (encumbrance.kind() != EncumbranceKind.CREDIT_LINE) {
            return;
        }
        ProgramId programId = LineReference.programOf(encumbrance.reference(), member).orElse(null);
        if (programId == null) {
            return;
        }
        Aggregate<Program> program;
        try {
            program = programs.load(programId.toString());
        } catch (AggregateNotFoundException e) {
            return;
        }
        if (program.invoke(p -> p.countsAsset(assetId))) {
            program.execute(p -> p.removeAssetFromLine(new RemoveAssetFromLine(programId, assetId, reason, on, actingParty)));
        }
    }
}
