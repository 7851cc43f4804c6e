package org.scfledger.core.pledge;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.trade.InvoiceId;

/**
 * A member pledges one of its assets to its line in a program: the asset is encumbered for the line and the program
 * counts it, in one unit of work, or neither. Exactly one of {@code invoiceId} and {@code collateralId} names the
 * asset (use {@link #invoice} or {@link #collateral}). Acting party: the member.
 */
public record PledgeAssetToLine(
        ProgramId programId,
        PartyId member,
        @Nullable InvoiceId invoiceId,
        @Nullable CollateralId collateralId,
        LocalDate pledgedOn,
        PartyId actingParty) {

    public PledgeAssetToLine {
        required(programId, "programId");
        required(member, "member");
        required(pledgedOn, "pledgedOn");
        required(actingParty, "actingParty");
        if ((invoiceId == null) == (collateralId == null)) {
            throw new IllegalArgumentException("exactly one of invoiceId and collateralId is required");
        }
    }

    public static PledgeAssetToLine invoice(ProgramId programId, PartyId member, InvoiceId invoiceId, LocalDate pledgedOn,
            PartyId actingParty) {
        return new PledgeAssetToLine(programId, member, invoiceId, null, pledgedOn, actingParty);
    }

    public static PledgeAssetToLine collateral(ProgramId programId, PartyId member, CollateralId collateralId,
            LocalDate pledgedOn, PartyId actingParty) {
        return new PledgeAssetToLine(programId, member, null, collateralId, pledgedOn, actingParty);
    }

    /** The asset's aggregate id, which is also its id on the line; commands for one asset route together. */
    @TargetAggregateIdentifier
    public String assetId() {
        return invoiceId != null ? invoiceId.toString() : String.valueOf(collateralId);
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
