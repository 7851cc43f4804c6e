package org.scfledger.core.program;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * Counts a live, unencumbered asset on a member's line: it adds {@code valueCounted × advance rate}. Sent by the
 * pledging flow once the asset's own aggregate has recorded the pledge. Acting party: the member itself, or the
 * program's funder (e.g. for a guarantee it holds).
 *
 * @param assetId the asset's identifier (its aggregate id); an asset counts once in a program
 * @param valueCounted what DOMAIN.md counts for the type (outstanding face, amount incl. tax, appraised value…)
 */
public record AddAssetToLine(
        @TargetAggregateIdentifier ProgramId programId,
        PartyId member,
        String assetId,
        AssetType assetType,
        Money valueCounted,
        LocalDate businessDate,
        PartyId actingParty) {

    public AddAssetToLine {
        ProgramCommandFields.required("programId", programId);
        ProgramCommandFields.required("member", member);
        ProgramCommandFields.assetId(assetId);
        ProgramCommandFields.required("assetType", assetType);
        ProgramCommandFields.amount("valueCounted", valueCounted);
        ProgramCommandFields.required("businessDate", businessDate);
        ProgramCommandFields.required("actingParty", actingParty);
    }
}
