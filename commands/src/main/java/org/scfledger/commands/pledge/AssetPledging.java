package org.scfledger.commands.pledge;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.collateral.Collateral;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.receivable.Receivable;
import org.scfledger.commands.trade.Invoice;
import org.scfledger.commands.trade.PurchaseOrder;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.asset.EncumbranceKind;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.EncumberCollateral;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.pledge.LineReference;
import org.scfledger.core.pledge.PledgeAssetToLine;
import org.scfledger.core.program.AddAssetToLine;
import org.scfledger.core.receivable.EncumberReceivable;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.rules.NotPermitted;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.EncumberInvoice;
import org.scfledger.core.trade.EncumberOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;

/**
 * A member pledges an asset to its line: in one unit of work the asset is encumbered for the line
 * ({@code Encumbrance.creditLine("<program>:<member>", funder)}) and the program counts it
 * ({@link AddAssetToLine} with what DOMAIN.md counts: an invoice's amount incl. tax, a collateral's appraised value or
 * guaranteed amount, a receivable's outstanding face, an
 * accepted order's amount not yet invoiced). Either refusing refuses both. One asset counts once: a receivable
 * whose invoices (its own, or its original's for a part) already back a credit line is refused
 * ({@code invoice-already-on-line}). Two pledges of one asset, to any lines, on any instances, are
 * two appends at the asset's same sequence: one gets through, the other is retried and refused
 * ({@code invoice-already-encumbered}, {@code collateral-already-encumbered}).
 */
public final class AssetPledging {

    private final Repository<Program> programs;
    private final Repository<Invoice> invoices;
    private final Repository<Collateral> collaterals;
    private final @Nullable Repository<Receivable> receivables;
    private @Nullable Repository<PurchaseOrder> orders;

    public AssetPledging(Repository<Program> programs, Repository<Invoice> invoices, Repository<Collateral> collaterals) {
        this(programs, invoices, collaterals, null);
    }

    /** {@code receivables}: where a pledged receivable is loaded; without it, a receivable pledge is refused. */
    public AssetPledging(Repository<Program> programs, Repository<Invoice> invoices, Repository<Collateral> collaterals,
            @Nullable Repository<Receivable> receivables) {
        this.programs = programs;
        this.invoices = invoices;
        this.collaterals = collaterals;
        this.receivables = receivables;
    }

    /** {@code orders}: where a pledged purchase order is loaded; without it, an order pledge is refused. */
    public AssetPledging(Repository<Program> programs, Repository<Invoice> invoices, Repository<Collateral> collaterals,
            @Nullable Repository<Receivable> receivables, @Nullable Repository<PurchaseOrder> orders) {
        this(programs, invoices, collaterals, receivables);
        this.orders = orders;
    }

    @CommandHandler
    public void pledge(PledgeAssetToLine command) {
        PartyId member = command.member();
        NotPermitted.unless(command.actingParty().equals(member), command.actingParty(),
                "only the member " + member + " pledges an asset to its own line");
        Aggregate<Program> program = load(programs, command.programId().toString(), "program-not-found",
                "there is no program " + command.programId());
        PartyId funder = program.invoke(Program::programFunder);
        Encumbrance line = Encumbrance.creditLine(LineReference.of(command.programId(), member), funder);
        InvoiceId invoiceId = command.invoiceId();
        CollateralId collateralId = command.collateralId();
        AssetType type;
        Money valueCounted;
        if (invoiceId != null) {
            Aggregate<Invoice> invoice = load(invoices, invoiceId.toString(), "asset-not-found", "there is no invoice " + invoiceId);
            valueCounted = invoice.invoke(i -> i.encumberForLine(new EncumberInvoice(invoiceId, line, command.pledgedOn(),
                    command.actingParty())));
            type = AssetType.INVOICE;
        } else if (command.receivableId() != null) {
            ReceivableId receivableId = command.receivableId();
            Repository<Receivable> repository = receivables;
            if (repository == null) {
                throw new IllegalStateException("no receivable repository is configured for pledging receivables");
            }
            Aggregate<Receivable> receivable = load(repository, receivableId.value(), "asset-not-found",
                    "there is no receivable " + receivableId);
            refuseIfInvoicesOnLine(repository, receivable, receivableId);
            valueCounted = receivable.invoke(r -> r.encumberForLine(new EncumberReceivable(receivableId, line, command.pledgedOn(),
                    command.actingParty())));
            type = AssetType.RECEIVABLE;
        } else if (command.orderId() != null) {
            OrderId orderId = command.orderId();
            Repository<PurchaseOrder> repository = orders;
            if (repository == null) {
                throw new IllegalStateException("no order repository is configured for pledging orders");
            }
            Aggregate<PurchaseOrder> order = load(repository, orderId.value(), "asset-not-found", "there is no order " + orderId);
            valueCounted = order.invoke(o -> o.encumberForLine(new EncumberOrder(orderId, line, command.pledgedOn(),
                    command.actingParty())));
            type = AssetType.PURCHASE_ORDER;
        } else if (collateralId != null) {
            Aggregate<Collateral> collateral = load(collaterals, collateralId.toString(), "asset-not-found",
                    "there is no collateral " + collateralId);
            collateral.execute(c -> c.encumber(new EncumberCollateral(collateralId, line, command.pledgedOn(), command.actingParty())));
            valueCounted = collateral.invoke(Collateral::value);
            type = collateral.invoke(Collateral::assetType);
        } else {
            throw new IllegalArgumentException("exactly one of invoiceId, collateralId, receivableId and orderId is required");
        }
        program.execute(p -> p.addAssetToLine(new AddAssetToLine(command.programId(), member, command.assetId(), type,
                valueCounted, command.pledgedOn(), command.actingParty())));
    }

    /** One asset counts once (DOMAIN.md): a receivable does not count while an invoice it rests on counts on a line. */
    private void refuseIfInvoicesOnLine(Repository<Receivable> repository, Aggregate<Receivable> receivable, ReceivableId receivableId) {
        ReceivableId originalId = receivable.invoke(Receivable::originalId);
        java.util.List<InvoiceId> invoiceIds = originalId.equals(receivableId) ? receivable.invoke(Receivable::invoiceIds)
                : load(repository, originalId.value(), "asset-not-found", "there is no receivable " + originalId)
                        .invoke(Receivable::invoiceIds);
        for (InvoiceId invoiceId : invoiceIds) {
            Encumbrance held;
            try {
                held = invoices.load(invoiceId.value()).invoke(Invoice::encumbrance);
            } catch (AggregateNotFoundException e) {
                continue;
            }
            if (held != null && held.kind() == EncumbranceKind.CREDIT_LINE) {
                throw new RuleViolation("invoice-already-on-line", "receivable " + receivableId + " rests on invoice " + invoiceId
                        + ", which already counts on credit line " + held.reference() + ": one asset counts once");
            }
        }
    }

    static <T> Aggregate<T> load(Repository<T> repository, String aggregateId, String code, String message) {
        try {
            return repository.load(aggregateId);
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation(code, message);
        }
    }
}
