package org.scfledger.commands.pledge;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.program.LinesCounting;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.receivable.Receivable;
import org.scfledger.commands.trade.Invoice;
import org.scfledger.commands.trade.PurchaseOrder;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.RemoveAssetFromLine;
import org.scfledger.core.receivable.ReleaseReceivable;
import org.scfledger.core.trade.ReleaseInvoice;
import org.scfledger.core.trade.ReleaseOrder;

/**
 * Releases of an invoice's, a receivable's or a purchase order's encumbrance. When the encumbrance is a credit line, the
 * asset leaves that line in the same unit of work ({@code RemoveAssetFromLine}, {@code RELEASED}), as
 * {@link CollateralChanges} does for collateral; the program reports a shortfall if one appears. A financing
 * encumbrance, or a line that no longer counts the asset, is released alone. Each repository may be left out (an
 * aggregate's own tests); the asset is then released without a line to follow.
 */
public final class AssetReleases {

    private final @Nullable Repository<Invoice> invoices;
    private final @Nullable Repository<Receivable> receivables;
    private final @Nullable Repository<PurchaseOrder> orders;
    private final @Nullable Repository<Program> programs;

    public AssetReleases(@Nullable Repository<Invoice> invoices, @Nullable Repository<Receivable> receivables,
            @Nullable Repository<PurchaseOrder> orders, @Nullable Repository<Program> programs) {
        this.invoices = invoices;
        this.receivables = receivables;
        this.orders = orders;
        this.programs = programs;
    }

    @CommandHandler
    public void release(ReleaseInvoice command) {
        Aggregate<Invoice> invoice = AssetPledging.load(required(invoices, "invoices"), command.invoiceId().value(), "asset-not-found",
                "there is no invoice " + command.invoiceId());
        invoice.execute(i -> i.release(command));
        removeFromLine(command.encumbrance(), invoice.invoke(Invoice::issuer), command.invoiceId().toString(), command.releasedOn(),
                command.actingParty());
    }

    @CommandHandler
    public void release(ReleaseReceivable command) {
        Aggregate<Receivable> receivable = AssetPledging.load(required(receivables, "receivables"), command.receivableId().value(),
                "asset-not-found", "there is no receivable " + command.receivableId());
        PartyId holder = receivable.invoke(Receivable::holder);
        receivable.execute(r -> r.handle(command));
        removeFromLine(command.encumbrance(), holder, command.receivableId().toString(), command.releasedOn(), command.actingParty());
    }

    @CommandHandler
    public void release(ReleaseOrder command) {
        Aggregate<PurchaseOrder> order = AssetPledging.load(required(orders, "orders"), command.orderId().value(), "asset-not-found",
                "there is no order " + command.orderId());
        order.execute(o -> o.release(command));
        removeFromLine(command.encumbrance(), order.invoke(PurchaseOrder::seller), command.orderId().toString(), command.releasedOn(),
                command.actingParty());
    }

    private void removeFromLine(Encumbrance released, PartyId member, String assetId, LocalDate releasedOn, PartyId actingParty) {
        if (programs != null) {
            LinesCounting.removeIfCounted(programs, released, member, assetId, AssetRemovalReason.RELEASED, releasedOn, actingParty);
        }
    }

    private static <T> Repository<T> required(@Nullable Repository<T> repository, String what) {
        if (repository == null) {
            throw new IllegalStateException("no " + what + " repository is configured for releases");
        }
        return repository;
    }
}
