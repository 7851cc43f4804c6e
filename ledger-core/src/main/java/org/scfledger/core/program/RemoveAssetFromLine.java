package org.scfledger.core.program;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.party.PartyId;

/**
 * Stops an asset from counting on the line it backs (expired, settled, released, revalued). Sent by the flow that
 * ends the asset's life. Acting party: the member whose line it backs, the program's funder, the core enterprise
 * (settling a receivable), or the operator (expiry by the business calendar). Removal only ever lowers a line.
 */
public record RemoveAssetFromLine(
        @TargetAggregateIdentifier ProgramId programId,
        String assetId,
        AssetRemovalReason reason,
        LocalDate businessDate,
        PartyId actingParty) {

    public RemoveAssetFromLine {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.assetId(assetId);
        ProgramCommandFields.required("reason", reason);
        ProgramCommandFields.required("businessDate", businessDate);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
