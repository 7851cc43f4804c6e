package org.scfledger.core.pledge;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;

/**
 * A member pledges one of its assets to its line in a program: the asset is encumbered for the line and the program
 * counts it, in one unit of work, or neither. Exactly one of {@code invoiceId}, {@code collateralId},
 * {@code receivableId} and {@code orderId} names the asset (use {@link #invoice}, {@link #collateral}, {@link #receivable} or
 * {@link #order}). Acting party:
 * the member.
 */
public record PledgeAssetToLine(
        ProgramId programId,
        PartyId member,
        @Nullable InvoiceId invoiceId,
        @Nullable CollateralId collateralId,
        LocalDate pledgedOn,
        PartyId actingParty,
        @Nullable ReceivableId receivableId,
        @Nullable OrderId orderId) {

    public PledgeAssetToLine {
        required(programId, "programId");
        required(member, "member");
        required(pledgedOn, "pledgedOn");
        required(actingParty, "actingParty");
        int named = (invoiceId == null ? 0 : 1) + (collateralId == null ? 0 : 1) + (receivableId == null ? 0 : 1)
                + (orderId == null ? 0 : 1);
        if (named != 1) {
            throw new IllegalArgumentException("exactly one of invoiceId, collateralId, receivableId and orderId is required");
        }
    }

    /** An invoice, a collateral item or a receivable (the form before orders could be pledged). */
    public PledgeAssetToLine(ProgramId programId, PartyId member, @Nullable InvoiceId invoiceId, @Nullable CollateralId collateralId,
            LocalDate pledgedOn, PartyId actingParty, @Nullable ReceivableId receivableId) {
        this(programId, member, invoiceId, collateralId, pledgedOn, actingParty, receivableId, null);
    }

    /** An invoice or a collateral item (the form before receivables could be pledged). */
    public PledgeAssetToLine(ProgramId programId, PartyId member, @Nullable InvoiceId invoiceId, @Nullable CollateralId collateralId,
            LocalDate pledgedOn, PartyId actingParty) {
        this(programId, member, invoiceId, collateralId, pledgedOn, actingParty, null);
    }

    public static PledgeAssetToLine invoice(ProgramId programId, PartyId member, InvoiceId invoiceId, LocalDate pledgedOn,
            PartyId actingParty) {
        return new PledgeAssetToLine(programId, member, invoiceId, null, pledgedOn, actingParty);
    }

    public static PledgeAssetToLine collateral(ProgramId programId, PartyId member, CollateralId collateralId,
            LocalDate pledgedOn, PartyId actingParty) {
        return new PledgeAssetToLine(programId, member, null, collateralId, pledgedOn, actingParty);
    }

    public static PledgeAssetToLine receivable(ProgramId programId, PartyId member, ReceivableId receivableId,
            LocalDate pledgedOn, PartyId actingParty) {
        return new PledgeAssetToLine(programId, member, null, null, pledgedOn, actingParty, receivableId);
    }

    /** An accepted purchase order, counted at its amount not yet invoiced. */
    public static PledgeAssetToLine order(ProgramId programId, PartyId member, OrderId orderId, LocalDate pledgedOn,
            PartyId actingParty) {
        return new PledgeAssetToLine(programId, member, null, null, pledgedOn, actingParty, null, orderId);
    }

    /** The asset's aggregate id, which is also its id on the line; commands for one asset route together. */
    @TargetAggregateIdentifier
    public String assetId() {
        if (receivableId != null) {
            return receivableId.toString();
        }
        if (orderId != null) {
            return orderId.toString();
        }
        return invoiceId != null ? invoiceId.toString() : String.valueOf(collateralId);
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
