package org.scfledger.commands.pledge;

import org.scfledger.commands.testing.TestAxon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.collateral.CollateralEvent.CollateralEncumbered;
import org.scfledger.core.collateral.CollateralEvent.CollateralEncumbranceReleased;
import org.scfledger.core.collateral.CollateralEvent.CollateralExpired;
import org.scfledger.core.collateral.CollateralEvent.CollateralReleased;
import org.scfledger.core.collateral.CollateralEvent.CollateralRevalued;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.CollateralKind;
import org.scfledger.core.collateral.EncumberCollateral;
import org.scfledger.core.collateral.ExpireCollateral;
import org.scfledger.core.collateral.PledgeCollateral;
import org.scfledger.core.collateral.ReleaseCollateral;
import org.scfledger.core.collateral.ReleaseCollateralEncumbrance;
import org.scfledger.core.collateral.RevalueCollateral;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.pledge.LineReference;
import org.scfledger.core.pledge.PledgeAssetToLine;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.DrawReserved;
import org.scfledger.core.program.ExpireProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent.LineAssetAdded;
import org.scfledger.core.program.ProgramEvent.LineAssetRemoved;
import org.scfledger.core.program.ProgramEvent.MemberShortfallDetected;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.program.ReserveDrawdown;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.CancelInvoice;
import org.scfledger.core.trade.InvoiceEvent.InvoiceEncumbered;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.TaxAuthorityVerdict;
import org.scfledger.core.trade.VerifyInvoice;

/**
 * The pledging flows over several aggregates, in one unit of work each: the asset's events and the program's, or
 * neither. Happy paths and every refusal, from the flow itself, the asset and the program.
 */
class AssetPledgingTest {

    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final PartyId OTHER_BANK = PartyId.of("bank-2");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId DEALER = PartyId.of("dealer-3");
    static final PartyId WAREHOUSE = PartyId.of("warehouse-3");
    static final ProgramId PROGRAM = ProgramId.of("prog-core1-2026");
    static final ProgramId OTHER_PROGRAM = ProgramId.of("prog-core1-2026b");
    static final ProgramId NO_MORTGAGES = ProgramId.of("prog-no-mortgages");
    static final ProgramId OTHER_FUNDER = ProgramId.of("prog-bank2");
    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-12-31");
    static final LocalDate DAY = LocalDate.parse("2026-03-15");
    static final CollateralId RECEIPT = CollateralId.of("WR-0042");
    static final CollateralId GUARANTEE = CollateralId.of("GTE-1");
    static final CollateralId MORTGAGE = CollateralId.of("MTG-1");
    static final CollateralId USD_RECEIPT = CollateralId.of("WR-USD");
    static final LocalDate GUARANTEE_EXPIRES = LocalDate.parse("2026-09-30");
    static final Encumbrance LINE = Encumbrance.creditLine("prog-core1-2026:supplier-7", BANK);

    Configuration axon;
    InvoiceId invoice;

    @BeforeEach
    void start() {
        axon = TestAxon.configurer(new InMemoryEventStorageEngine()).start();
        org.scfledger.commands.testing.Parties.forProgram(axon.commandGateway(), CORE, BANK, SUPPLIER, DEALER);
        org.scfledger.commands.testing.Parties.funders(axon.commandGateway(), OTHER_BANK);
        program(PROGRAM, BANK, AdvanceRates.defaults());
        program(OTHER_PROGRAM, BANK, AdvanceRates.defaults());
        program(NO_MORTGAGES, BANK, AdvanceRates.defaults().without(AssetType.MORTGAGE));
        program(OTHER_FUNDER, OTHER_BANK, AdvanceRates.defaults());
        send(new PledgeCollateral(RECEIPT, CollateralKind.WAREHOUSE_RECEIPT, SUPPLIER, BANK, cny("800000.00"),
                "Hot-rolled coil, 120 t", WAREHOUSE, null, "WR-SH-2026-0042", null, DAY, SUPPLIER));
        send(new PledgeCollateral(GUARANTEE, CollateralKind.GUARANTEE, SUPPLIER, BANK, cny("300000.00"),
                "Payment guarantee", null, CORE, null, GUARANTEE_EXPIRES, DAY, SUPPLIER));
        send(new PledgeCollateral(MORTGAGE, CollateralKind.MORTGAGE, SUPPLIER, BANK, cny("1000000.00"),
                "Plant No. 2", null, null, "REG-SZ-77", null, DAY, SUPPLIER));
        send(new PledgeCollateral(USD_RECEIPT, CollateralKind.GOODS, SUPPLIER, BANK, Money.of("1000.00", "USD"),
                "Copper cathode", WAREHOUSE, null, null, null, DAY, SUPPLIER));
        invoice = send(new IssueInvoice(SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012345", CORE, cny("113000.00"),
                cny("13000.00"), DAY, SUPPLIER));
        send(new VerifyInvoice(invoice, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", DAY, PartyId.OPERATOR));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private void program(ProgramId id, PartyId funder, AdvanceRates rates) {
        send(new CreateProgram(id, CORE, funder, Currency.getInstance("CNY"), cny("5000000.00"), FROM, TO, rates,
                ProgramPricing.of(Rate.percent("4.35")), 180, new BigDecimal("2"), funder));
        send(new AdmitMember(id, SUPPLIER, MemberSide.SUPPLIER, cny("100000.00"), cny("2000000.00"), funder));
        send(new AdmitMember(id, DEALER, MemberSide.DISTRIBUTOR, cny("100000.00"), cny("2000000.00"), funder));
    }

    // --- pledging

    @Test
    void a_warehouse_receipt_is_encumbered_for_the_line_and_counted_at_its_appraised_value() {
        send(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, RECEIPT, DAY, SUPPLIER));

        assertThat(events(RECEIPT.toString())).last().isEqualTo(new CollateralEncumbered(RECEIPT, LINE, SUPPLIER, DAY));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetAdded(PROGRAM, SUPPLIER, "COL:WR-0042",
                AssetType.GOODS, cny("800000.00"), AdvanceRate.percent("60"), cny("480000.00"), DAY));
        assertThat(LINE.reference()).isEqualTo(LineReference.of(PROGRAM, SUPPLIER));
    }

    @Test
    void a_guarantee_counts_its_guaranteed_amount() {
        send(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, GUARANTEE, DAY, SUPPLIER));

        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetAdded(PROGRAM, SUPPLIER, "COL:GTE-1",
                AssetType.GUARANTEE, cny("300000.00"), AdvanceRate.percent("100"), cny("300000.00"), DAY));
    }

    @Test
    void an_invoice_counts_its_amount_including_tax() {
        send(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER, invoice, DAY, SUPPLIER));

        assertThat(events(invoice.toString())).last().isEqualTo(new InvoiceEncumbered(invoice, LINE, SUPPLIER, DAY));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetAdded(PROGRAM, SUPPLIER, invoice.toString(),
                AssetType.INVOICE, cny("113000.00"), AdvanceRate.percent("70"), cny("79100.00"), DAY));
    }

    @Test
    void an_asset_backs_one_line_of_one_program() {
        send(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, RECEIPT, DAY, SUPPLIER));
        refusedAndNothingWritten(PledgeAssetToLine.collateral(OTHER_PROGRAM, SUPPLIER, RECEIPT, DAY, SUPPLIER),
                "collateral-already-encumbered", RECEIPT.toString());
        refusedAndNothingWritten(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, RECEIPT, DAY, SUPPLIER),
                "collateral-already-encumbered", RECEIPT.toString());
        send(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER, invoice, DAY, SUPPLIER));
        refusedAndNothingWritten(PledgeAssetToLine.invoice(OTHER_PROGRAM, SUPPLIER, invoice, DAY, SUPPLIER),
                "invoice-already-encumbered", invoice.toString());
    }

    @Test
    void only_the_member_pledges_to_its_own_line() {
        refusedAndNothingWritten(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, RECEIPT, DAY, BANK), "not-permitted",
                RECEIPT.toString());
        // the dealer's line, the supplier's collateral: the collateral refuses the dealer
        refusedAndNothingWritten(PledgeAssetToLine.collateral(PROGRAM, DEALER, RECEIPT, DAY, DEALER), "not-permitted",
                RECEIPT.toString());
        refusedAndNothingWritten(PledgeAssetToLine.invoice(PROGRAM, DEALER, invoice, DAY, DEALER), "not-permitted",
                invoice.toString());
    }

    @Test
    void the_asset_refuses_the_whole_pledge() {
        send(new EncumberCollateral(GUARANTEE, Encumbrance.financing("FIN-1", BANK), DAY, SUPPLIER));
        refusedAndNothingWritten(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, GUARANTEE, DAY, SUPPLIER),
                "collateral-already-encumbered", GUARANTEE.toString());
        send(new ReleaseCollateral(RECEIPT, "goods sold", DAY, BANK));
        refusedAndNothingWritten(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, RECEIPT, DAY, SUPPLIER),
                "collateral-released", RECEIPT.toString());
        refusedAndNothingWritten(PledgeAssetToLine.collateral(OTHER_FUNDER, SUPPLIER, MORTGAGE, DAY, SUPPLIER),
                "encumbrance-holder-mismatch", MORTGAGE.toString());
        refusedAndNothingWritten(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, MORTGAGE, DAY.minusDays(1), SUPPLIER),
                "date-out-of-order", MORTGAGE.toString());
        refusedAndNothingWritten(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, CollateralId.of("nowhere"), DAY, SUPPLIER),
                "asset-not-found", MORTGAGE.toString());
    }

    @Test
    void an_invoice_not_verified_or_cancelled_is_not_pledged() {
        InvoiceId unverified = send(new IssueInvoice(SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012346", CORE,
                cny("1000.00"), cny("0.00"), DAY, SUPPLIER));
        refusedAndNothingWritten(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER, unverified, DAY, SUPPLIER),
                "invoice-not-verified", unverified.toString());
        send(new CancelInvoice(invoice, "red-letter invoice", DAY, SUPPLIER));
        refusedAndNothingWritten(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER, invoice, DAY, SUPPLIER),
                "invoice-cancelled", invoice.toString());
        refusedAndNothingWritten(PledgeAssetToLine.invoice(PROGRAM, SUPPLIER,
                InvoiceId.of("91310000MA1K4XYZ2B", "3100231130", "9"), DAY, SUPPLIER), "asset-not-found", invoice.toString());
    }

    @Test
    void the_program_refuses_the_whole_pledge() {
        refusedAndNothingWritten(PledgeAssetToLine.collateral(NO_MORTGAGES, SUPPLIER, MORTGAGE, DAY, SUPPLIER),
                "asset-type-not-eligible", MORTGAGE.toString());
        refusedAndNothingWritten(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, USD_RECEIPT, DAY, SUPPLIER),
                "currency-mismatch", USD_RECEIPT.toString());
        PartyId outsider = PartyId.of("supplier-99");
        send(new PledgeCollateral(CollateralId.of("WR-99"), CollateralKind.GOODS, outsider, BANK, cny("1.00"), "Sand",
                WAREHOUSE, null, null, null, DAY, outsider));
        refusedAndNothingWritten(PledgeAssetToLine.collateral(PROGRAM, outsider, CollateralId.of("WR-99"), DAY, outsider),
                "member-not-admitted", "COL:WR-99");
        send(new ExpireProgram(OTHER_PROGRAM, TO, BANK));
        refusedAndNothingWritten(PledgeAssetToLine.collateral(OTHER_PROGRAM, SUPPLIER, MORTGAGE, TO, SUPPLIER),
                "program-expired", MORTGAGE.toString());
        refusedAndNothingWritten(PledgeAssetToLine.collateral(ProgramId.of("nowhere"), SUPPLIER, MORTGAGE, DAY, SUPPLIER),
                "program-not-found", MORTGAGE.toString());
    }

    @Test
    void a_pledge_names_exactly_one_asset() {
        assertThatThrownBy(() -> new PledgeAssetToLine(PROGRAM, SUPPLIER, invoice, RECEIPT, DAY, SUPPLIER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invoiceId");
        assertThatThrownBy(() -> new PledgeAssetToLine(PROGRAM, SUPPLIER, null, null, DAY, SUPPLIER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("collateralId");
        assertThatThrownBy(() -> PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, RECEIPT, null, SUPPLIER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pledgedOn");
    }

    @Test
    void a_line_reference_is_read_back_knowing_the_member() {
        ProgramId colons = ProgramId.of("core:1:2026");
        PartyId member = PartyId.of("sup:7");
        assertThat(LineReference.programOf(LineReference.of(colons, member), member)).contains(colons);
        assertThat(LineReference.programOf("prog-1:supplier-7", DEALER)).isEmpty();
    }

    // --- the line follows the collateral

    @Test
    void releasing_the_collateral_removes_it_from_the_line_and_reports_a_shortfall() {
        send(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, RECEIPT, DAY, SUPPLIER));
        send(new ReserveDrawdown(PROGRAM, FinancingId.of("fin-1"), SUPPLIER, cny("500000.00"), DAY, SUPPLIER));
        send(new DrawReserved(PROGRAM, FinancingId.of("fin-1"), DAY, BANK));

        send(new ReleaseCollateral(RECEIPT, "goods sold", DAY, BANK));

        assertThat(events(RECEIPT.toString())).last().isEqualTo(new CollateralReleased(RECEIPT, "goods sold", BANK, DAY));
        assertThat(events(PROGRAM.toString())).endsWith(
                new LineAssetRemoved(PROGRAM, SUPPLIER, "COL:WR-0042", AssetType.GOODS, cny("480000.00"),
                        AssetRemovalReason.RELEASED, DAY, BANK),
                new MemberShortfallDetected(PROGRAM, SUPPLIER, cny("100000.00"), cny("0.00"), cny("500000.00"),
                        cny("400000.00"), DAY));
    }

    @Test
    void an_expired_guarantee_leaves_the_line() {
        send(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, GUARANTEE, DAY, SUPPLIER));

        send(new ExpireCollateral(GUARANTEE, GUARANTEE_EXPIRES, PartyId.OPERATOR));

        assertThat(events(GUARANTEE.toString())).last()
                .isEqualTo(new CollateralExpired(GUARANTEE, GUARANTEE_EXPIRES, PartyId.OPERATOR, GUARANTEE_EXPIRES));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetRemoved(PROGRAM, SUPPLIER, "COL:GTE-1",
                AssetType.GUARANTEE, cny("300000.00"), AssetRemovalReason.EXPIRED, GUARANTEE_EXPIRES, PartyId.OPERATOR));
    }

    @Test
    void releasing_the_line_encumbrance_removes_it_from_the_line_and_frees_it_for_another() {
        send(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, RECEIPT, DAY, SUPPLIER));

        send(new ReleaseCollateralEncumbrance(RECEIPT, LINE, DAY, BANK));

        assertThat(events(RECEIPT.toString())).last().isEqualTo(new CollateralEncumbranceReleased(RECEIPT, LINE, BANK, DAY));
        assertThat(events(PROGRAM.toString())).last().isEqualTo(new LineAssetRemoved(PROGRAM, SUPPLIER, "COL:WR-0042",
                AssetType.GOODS, cny("480000.00"), AssetRemovalReason.RELEASED, DAY, BANK));
        send(PledgeAssetToLine.collateral(OTHER_PROGRAM, SUPPLIER, RECEIPT, DAY, SUPPLIER));
        assertThat(events(OTHER_PROGRAM.toString())).last().isInstanceOf(LineAssetAdded.class);
    }

    @Test
    void a_revaluation_removes_the_asset_and_adds_it_again_with_its_new_value() {
        send(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, RECEIPT, DAY, SUPPLIER));

        send(new RevalueCollateral(RECEIPT, cny("600000.00"), DAY.plusDays(1), BANK));

        assertThat(events(RECEIPT.toString())).last()
                .isEqualTo(new CollateralRevalued(RECEIPT, cny("800000.00"), cny("600000.00"), BANK, DAY.plusDays(1)));
        assertThat(events(PROGRAM.toString())).endsWith(
                new LineAssetRemoved(PROGRAM, SUPPLIER, "COL:WR-0042", AssetType.GOODS, cny("480000.00"),
                        AssetRemovalReason.REVALUED, DAY.plusDays(1), BANK),
                new LineAssetAdded(PROGRAM, SUPPLIER, "COL:WR-0042", AssetType.GOODS, cny("600000.00"),
                        AdvanceRate.percent("60"), cny("360000.00"), DAY.plusDays(1)));
    }

    @Test
    void a_revaluation_the_program_refuses_is_not_written_at_all() {
        send(PledgeAssetToLine.collateral(OTHER_PROGRAM, SUPPLIER, RECEIPT, DAY, SUPPLIER));
        send(new ExpireProgram(OTHER_PROGRAM, TO, BANK));
        refusedAndNothingWritten(new RevalueCollateral(RECEIPT, cny("600000.00"), TO, BANK), "program-expired",
                RECEIPT.toString(), OTHER_PROGRAM.toString());
    }

    @Test
    void collateral_on_no_line_changes_alone() {
        int before = events(PROGRAM.toString()).size();
        send(new RevalueCollateral(MORTGAGE, cny("900000.00"), DAY, BANK));
        send(new ReleaseCollateral(MORTGAGE, "loan repaid", DAY, BANK));
        assertThat(events(MORTGAGE.toString())).hasSize(3);
        assertThat(events(PROGRAM.toString())).hasSize(before);
    }

    private void refusedAndNothingWritten(Object command, String code, String... aggregateIds) {
        List<List<Object>> before = java.util.Arrays.stream(aggregateIds).map(this::events).toList();
        List<Object> programs = allPrograms();
        assertThatThrownBy(() -> send(command)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
        assertThat(java.util.Arrays.stream(aggregateIds).map(this::events).toList()).isEqualTo(before);
        assertThat(allPrograms()).isEqualTo(programs);
    }

    private List<Object> allPrograms() {
        return java.util.stream.Stream.of(PROGRAM, OTHER_PROGRAM, NO_MORTGAGES, OTHER_FUNDER)
                .flatMap(p -> events(p.toString()).stream()).toList();
    }

    private <R> R send(Object command) {
        return axon.commandGateway().sendAndWait(command);
    }

    private List<Object> events(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
