package org.scfledger.commands.pledge;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.collateral.Collateral;
import org.scfledger.commands.program.Program;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.ExpireCollateral;
import org.scfledger.core.collateral.ReleaseCollateral;
import org.scfledger.core.collateral.ReleaseCollateralEncumbrance;
import org.scfledger.core.collateral.RevalueCollateral;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.pledge.LineReference;
import org.scfledger.core.program.AddAssetToLine;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.RemoveAssetFromLine;

/**
 * Changes to a collateral item that its line must follow, in the same unit of work (ADR 0003, point 2): a release (of
 * the item or of its line encumbrance) or an expiry removes it from the line ({@code RELEASED}, {@code EXPIRED}); a
 * revaluation removes it ({@code REVALUED}) and adds it again with the new value. The program reports a shortfall if
 * one appears. An item that backs no line changes alone.
 */
public final class CollateralChanges {

    private final Repository<Collateral> collaterals;
    private final Repository<Program> programs;

    public CollateralChanges(Repository<Collateral> collaterals, Repository<Program> programs) {
        this.collaterals = collaterals;
        this.programs = programs;
    }

    @CommandHandler
    public void release(ReleaseCollateral command) {
        var collateral = collateral(command.collateralId());
        removeFromLine(command.collateralId(), collateral, collateral.invoke(c -> c.release(command)), AssetRemovalReason.RELEASED,
                command.releasedOn(), command.actingParty());
    }

    @CommandHandler
    public void releaseEncumbrance(ReleaseCollateralEncumbrance command) {
        var collateral = collateral(command.collateralId());
        removeFromLine(command.collateralId(), collateral, collateral.invoke(c -> c.releaseEncumbrance(command)), AssetRemovalReason.RELEASED,
                command.releasedOn(), command.actingParty());
    }

    @CommandHandler
    public void expire(ExpireCollateral command) {
        var collateral = collateral(command.collateralId());
        removeFromLine(command.collateralId(), collateral, collateral.invoke(c -> c.expire(command)), AssetRemovalReason.EXPIRED,
                command.businessDate(), command.actingParty());
    }

    @CommandHandler
    public void revalue(RevalueCollateral command) {
        var collateral = collateral(command.collateralId());
        Encumbrance line = collateral.invoke(c -> c.revalue(command));
        Aggregate<Program> program = removeFromLine(command.collateralId(), collateral, line, AssetRemovalReason.REVALUED, command.revaluedOn(),
                command.actingParty());
        if (line != null && program != null) {
            PartyId member = collateral.invoke(Collateral::pledgor);
            ProgramId programId = programOf(line, member);
            program.execute(p -> p.addAssetToLine(new AddAssetToLine(programId, member, command.collateralId().toString(),
                    collateral.invoke(Collateral::assetType), command.value(), command.revaluedOn(), command.actingParty())));
        }
    }

    /** Removes the item from the line {@code line} names, if it still counts there; returns that line's program. */
    private @Nullable Aggregate<Program> removeFromLine(CollateralId collateralId, Aggregate<Collateral> collateral,
            @Nullable Encumbrance line,
            AssetRemovalReason reason, LocalDate businessDate, PartyId actingParty) {
        if (line == null) {
            return null;
        }
        ProgramId programId = programOf(line, collateral.invoke(Collateral::pledgor));
        Aggregate<Program> program = AssetPledging.load(programs, programId.toString(), "program-not-found",
                "there is no program " + programId);
        String assetId = collateralId.toString();
        if (program.invoke(p -> p.countsAsset(assetId))) {
            program.execute(p -> p.removeAssetFromLine(new RemoveAssetFromLine(programId, assetId, reason, businessDate,
                    actingParty)));
            return program;
        }
        return null;
    }

    private static ProgramId programOf(Encumbrance line, PartyId member) {
        return LineReference.programOf(line.reference(), member).orElseThrow(() -> new IllegalStateException(
                "line encumbrance " + line.reference() + " does not name a line of " + member));
    }

    private Aggregate<Collateral> collateral(CollateralId collateralId) {
        return AssetPledging.load(collaterals, collateralId.toString(), "asset-not-found", "there is no collateral " + collateralId);
    }
}
