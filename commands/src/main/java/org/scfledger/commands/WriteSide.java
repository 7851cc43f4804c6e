package org.scfledger.commands;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.scfledger.commands.collateral.Collateral;
import org.scfledger.commands.collateral.CollateralIntake;
import org.scfledger.commands.financing.DrawdownRequests;
import org.scfledger.commands.financing.Financing;
import org.scfledger.commands.financing.FinancingDecisions;
import org.scfledger.commands.financing.FinancingRepayments;
import org.scfledger.commands.financing.ReceivableFinancingRequests;
import org.scfledger.commands.financing.ReceivableFinancingSettlement;
import org.scfledger.commands.party.Party;
import org.scfledger.commands.pledge.AssetPledging;
import org.scfledger.commands.pledge.AssetReleases;
import org.scfledger.commands.pledge.CollateralChanges;
import org.scfledger.commands.pledge.ReceivableMaturity;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.program.ProgramParties;
import org.scfledger.commands.receivable.Receivable;
import org.scfledger.commands.receivable.ReceivableConfirmation;
import org.scfledger.commands.receivable.ReceivableRegistration;
import org.scfledger.commands.receivable.ReceivableSettlement;
import org.scfledger.commands.receivable.ReceivableSplitting;
import org.scfledger.commands.trade.Invoice;
import org.scfledger.commands.trade.InvoiceCancellation;
import org.scfledger.commands.trade.InvoiceIssuance;
import org.scfledger.commands.trade.OrderCancellation;
import org.scfledger.commands.trade.PurchaseOrder;

/** The write side in one list: every aggregate and every command handler that spans several aggregates. */
public final class WriteSide {

    /** The program aggregate, which every line command touches, is snapshotted every this many events (ADR 0003). */
    public static final int PROGRAM_SNAPSHOT_EVERY = 100;

    private WriteSide() {
    }

    public static Configurer register(Configurer configurer) {
        return configurer
                .configureAggregate(Party.class)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Program.class)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(),
                                PROGRAM_SNAPSHOT_EVERY)))
                .configureAggregate(PurchaseOrder.class)
                .configureAggregate(Invoice.class)
                .configureAggregate(Collateral.class)
                .configureAggregate(Financing.class)
                .configureAggregate(Receivable.class)
                .registerCommandHandler(c -> new InvoiceIssuance(c.repository(Invoice.class), c.repository(PurchaseOrder.class), c.eventStore(),
                        c.repository(Program.class)))
                .registerCommandHandler(c -> new InvoiceCancellation(c.repository(Invoice.class), c.repository(PurchaseOrder.class),
                        c.repository(Program.class)))
                .registerCommandHandler(c -> new OrderCancellation(c.repository(PurchaseOrder.class), c.repository(Program.class)))
                .registerCommandHandler(c -> new CollateralIntake(c.repository(Collateral.class), c.eventStore()))
                .registerCommandHandler(c -> new CollateralChanges(c.repository(Collateral.class), c.repository(Program.class)))
                .registerCommandHandler(c -> new AssetReleases(c.repository(Invoice.class), c.repository(Receivable.class),
                        c.repository(PurchaseOrder.class), c.repository(Program.class)))
                .registerCommandHandler(c -> new ReceivableMaturity(c.repository(Receivable.class), c.repository(Program.class)))
                .registerCommandHandler(c -> new ReceivableRegistration(c.repository(Receivable.class), c.repository(Invoice.class)))
                .registerCommandHandler(c -> new AssetPledging(c.repository(Program.class), c.repository(Invoice.class),
                        c.repository(Collateral.class), c.repository(Receivable.class), c.repository(PurchaseOrder.class)))
                .registerCommandHandler(c -> new DrawdownRequests(c.repository(Financing.class), c.repository(Program.class), c.eventStore()))
                .registerCommandHandler(c -> new FinancingDecisions(c.repository(Financing.class), c.repository(Program.class),
                        c.repository(Receivable.class)))
                .registerCommandHandler(c -> new ReceivableFinancingRequests(c.repository(Financing.class), c.repository(Program.class),
                        c.repository(Receivable.class), c.eventStore()))
                .registerCommandHandler(c -> new FinancingRepayments(c.repository(Financing.class), c.repository(Program.class),
                        c.repository(Receivable.class)))
                .registerCommandHandler(c -> new ProgramParties(c.repository(Program.class), c.repository(Party.class)))
                .registerCommandHandler(c -> new ReceivableConfirmation(c.repository(Receivable.class), c.repository(PurchaseOrder.class),
                        c.repository(Invoice.class), c.repository(Program.class)))
                .registerCommandHandler(c -> new ReceivableSplitting(c.repository(Receivable.class)))
                .registerCommandHandler(c -> new ReceivableSettlement(c.repository(Receivable.class),
                        new ReceivableFinancingSettlement(c.repository(Financing.class), c.repository(Program.class), c.eventStore()),
                        c.repository(Program.class), c.repository(Invoice.class)));
    }
}
