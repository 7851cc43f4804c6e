package org.scfledger.commands.pledge;

import org.scfledger.commands.testing.TwoInstances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import java.math.BigDecimal;
import java.util.Currency;
import org.scfledger.core.collateral.CollateralEvent.CollateralEncumbered;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.CollateralKind;
import org.scfledger.core.collateral.PledgeCollateral;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.money.Rate;
import org.scfledger.core.pledge.PledgeAssetToLine;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent.LineAssetAdded;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;

/**
 * "No asset may back two members or two programs" on a real PostgreSQL, from two application instances at once:
 * 200 simultaneous pledges of one collateral item to two programs' lines. The item's aggregate sequence lets one
 * unit of work (encumbrance and line asset together) through; the losers are retried by the command gateway against
 * the new state and refused by the rule, never by an infrastructure error.
 */
class PledgeConcurrencyIT {

    static final int COMMANDS = 200;
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final PartyId DEALER = PartyId.of("dealer-3");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-12-31");
    static final ProgramId PROGRAM_A = ProgramId.of("prog-a");
    static final ProgramId PROGRAM_B = ProgramId.of("prog-b");
    static final CollateralId COLLATERAL = CollateralId.of("WR-0042");

    final TwoInstances instances = new TwoInstances();

    @AfterEach
    void stop() {
        instances.close();
    }

    @Test
    void a_collateral_item_is_pledged_to_one_line_whatever_the_interleaving() throws Exception {
        var first = instances.first();
        var second = instances.second();
        org.scfledger.commands.testing.Parties.forProgram(first.gateway(), CORE, BANK, SUPPLIER, DEALER);
        for (ProgramId program : List.of(PROGRAM_A, PROGRAM_B)) {
            first.gateway().sendAndWait(new CreateProgram(program, CORE, BANK, Currency.getInstance("CNY"),
                    Money.of("5000000.00", "CNY"), FROM, TO, AdvanceRates.defaults(), ProgramPricing.of(Rate.percent("4.35")),
                    180, new BigDecimal("2"), BANK));
            for (PartyId member : List.of(SUPPLIER, DEALER)) {
                second.gateway().sendAndWait(new AdmitMember(program, member, member.equals(SUPPLIER) ? MemberSide.SUPPLIER
                        : MemberSide.DISTRIBUTOR, Money.of("100000.00", "CNY"), Money.of("2000000.00", "CNY"), BANK));
            }
        }
        first.gateway().sendAndWait(new PledgeCollateral(COLLATERAL, CollateralKind.WAREHOUSE_RECEIPT, SUPPLIER, BANK,
                Money.of("800000.00", "CNY"), "Hot-rolled coil, 120 t", PartyId.of("warehouse-3"), null, "WR-SH-2026-0042",
                null, DAY, SUPPLIER));
        // to program A or B (both instances send to both), and one in ten from another member, whom the item refuses
        IntFunction<PledgeAssetToLine> pledge = i -> {
            ProgramId program = (i / 2) % 2 == 0 ? PROGRAM_A : PROGRAM_B;
            PartyId member = i % 10 == 9 ? DEALER : SUPPLIER;
            return PledgeAssetToLine.collateral(program, member, COLLATERAL, DAY, member);
        };

        var outcomes = instances.race(COMMANDS, pledge);

        assertThat(outcomes.succeeded()).hasSize(1);
        int winner = outcomes.succeeded().get(0);
        assertThat(pledge.apply(winner).member()).isEqualTo(SUPPLIER);
        assertThat(outcomes.refusals()).hasSize(COMMANDS - 1)
                .allMatch(code -> code.equals("collateral-already-encumbered") || code.equals("not-permitted"));
        assertThat(outcomes.refusals()).filteredOn("not-permitted"::equals).hasSize(COMMANDS / 10);
        assertThat(instances.countInJournal(COLLATERAL.toString(), CollateralEncumbered.class)).isEqualTo(1);
        assertThat(instances.countInJournal(PROGRAM_A.toString(), LineAssetAdded.class)
                + instances.countInJournal(PROGRAM_B.toString(), LineAssetAdded.class)).isEqualTo(1);
        var added = (LineAssetAdded) second.payloads(pledge.apply(winner).programId().toString()).stream()
                .filter(LineAssetAdded.class::isInstance).findFirst().orElseThrow();
        assertThat(added.assetId()).isEqualTo(COLLATERAL.toString());
        assertThat(added.contribution()).isEqualTo(Money.of("480000.00", "CNY"));
        var encumbered = (CollateralEncumbered) first.payloads(COLLATERAL.toString()).get(1);
        assertThat(encumbered.encumbrance().reference()).isEqualTo(pledge.apply(winner).programId().value() + ":supplier-7");
    }
}
