package org.scfledger.commands.pledge;

import java.time.LocalDate;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.program.LinesCounting;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.trade.PurchaseOrder;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AddAssetToLine;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.RemoveAssetFromLine;
import org.scfledger.core.trade.OrderId;

/**
 * Keeps the line a purchase order is pledged to in step with the order, in the unit of work that changed it: an order
 * invoiced further, or with an invoice cancelled, is counted anew at its amount not yet invoiced ({@code REVALUED}, then
 * added again); a fully invoiced order leaves the line ({@code SETTLED}), a cancelled one too ({@code EXPIRED}). An order
 * that backs no line, or that its line no longer counts, changes alone.
 */
public final class OrderLine {

    private OrderLine() {
    }

    /** Call after the order's change was applied; {@code programs} may be null (the order's own tests). */
    public static void follow(@Nullable Repository<Program> programs, Aggregate<PurchaseOrder> order, OrderId orderId,
            LocalDate businessDate, PartyId actingParty) {
        Encumbrance line = order.invoke(PurchaseOrder::encumbrance);
        if (programs == null || line == null) {
            return;
        }
        PartyId member = order.invoke(PurchaseOrder::seller);
        String assetId = orderId.toString();
        var counting = LinesCounting.counting(programs, line, member, assetId);
        if (counting.isEmpty()) {
            return;
        }
        ProgramId programId = counting.get().programId();
        Aggregate<Program> program = counting.get().program();
        boolean cancelled = order.invoke(PurchaseOrder::isCancelled);
        Money remaining = order.invoke(PurchaseOrder::notYetInvoiced);
        AssetRemovalReason reason = cancelled ? AssetRemovalReason.EXPIRED
                : remaining.isZero() ? AssetRemovalReason.SETTLED : AssetRemovalReason.REVALUED;
        program.execute(p -> p.removeAssetFromLine(new RemoveAssetFromLine(programId, assetId, reason, businessDate, actingParty)));
        if (reason == AssetRemovalReason.REVALUED) {
            program.execute(p -> p.addAssetToLine(new AddAssetToLine(programId, member, assetId, AssetType.PURCHASE_ORDER, remaining,
                    businessDate, member)));
        }
    }
}
