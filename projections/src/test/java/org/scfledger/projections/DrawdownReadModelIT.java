package org.scfledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.commands.testing.Parties;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.financing.FinancingStatus;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.testing.ReadSideHarness;

/** A drawdown's life in the live read models: the line used and restored, the schedule, the paid components. */
class DrawdownReadModelIT {

    static final ProgramId PROGRAM = ProgramId.of("prog-rm");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId FUNDER = PartyId.of("bank-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final FinancingId F = FinancingId.of("F-RM-1");
    static final LocalDate START = LocalDate.parse("2024-01-15");

    final ReadSideHarness ledger = new ReadSideHarness();

    @AfterEach
    void stop() {
        ledger.close();
    }

    @Test
    void a_drawdown_uses_the_line_and_each_installment_paid_restores_its_principal() {
        var gateway = ledger.gateway();
        Parties.forProgram(gateway, CORE, FUNDER, SUPPLIER);
        gateway.sendAndWait(new CreateProgram(PROGRAM, CORE, FUNDER, Currency.getInstance("CNY"), cny("50000.00"),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent("4.35")), 180, BigDecimal.ONE, FUNDER));
        gateway.sendAndWait(new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, cny("10000.00"), cny("20000.00"), FUNDER));
        gateway.sendAndWait(new RequestDrawdown(F, PROGRAM, SUPPLIER, cny("10000.00"),
                RepaymentMethod.EQUAL_INSTALLMENT, FinancingTenor.monthly(3), START, SUPPLIER));
        ledger.awaitCaughtUp();

        MemberLineView requested = ledger.queries.memberLine(PROGRAM, SUPPLIER).orElseThrow();
        long checkpoint = ledger.checkpoints.take().number();
        Instant requestedAt = Instant.now();
        assertThat(requested.reservedPrincipal()).isEqualTo(cny("10000.00"));
        assertThat(requested.available()).isEqualTo(cny("0.00"));
        assertThat(requested.programAvailable()).isEqualTo(cny("40000.00"));
        assertThat(requested.canDrawNow()).isEqualTo(cny("0.00"));

        gateway.sendAndWait(DecideFinancing.approve(F, START, FUNDER));
        gateway.sendAndWait(new DisburseFinancing(F, START, FUNDER));
        gateway.sendAndWait(new RepayFinancing(F, cny("3357.53"), null, LocalDate.parse("2024-02-15"), SUPPLIER));
        ledger.awaitCaughtUp();

        MemberLineView afterOne = ledger.queries.memberLine(PROGRAM, SUPPLIER).orElseThrow();
        FinancingView financing = ledger.queries.financing(F, LocalDate.parse("2024-02-15")).orElseThrow();
        assertThat(financing.status()).isEqualTo(FinancingStatus.DISBURSED);
        assertThat(financing.schedule()).extracting(i -> i.total().amount().toPlainString())
                .containsExactly("3357.53", "3357.53", "3358.34");
        assertThat(financing.paid().total()).isEqualTo(cny("3357.53"));
        assertThat(afterOne.reservedPrincipal()).isEqualTo(cny("0.00"));
        assertThat(afterOne.outstandingPrincipal()).isEqualTo(financing.position().outstandingPrincipal());
        assertThat(afterOne.available()).isEqualTo(cny("10000.00").minus(afterOne.outstandingPrincipal()));
        assertThat(financing.paid().principal().plus(financing.paid().interest())).isEqualTo(cny("3357.53"));

        // Unpaid on 2024-03-15, it is 20 days past due on 2024-04-04.
        FinancingView late = ledger.queries.financing(F, LocalDate.parse("2024-04-04")).orElseThrow();
        assertThat(late.position().daysPastDue()).isEqualTo(20);
        assertThat(late.position().bucket()).isEqualTo(AgeingBucket.DPD_1_30);
        assertThat(late.position().penaltyInterest().isPositive()).isTrue();

        // The same fold over the journal gives the same line, now and as it stood at the checkpoint and instant.
        assertThat(ledger.asOf.memberLine(PROGRAM, SUPPLIER, AsOf.head())).contains(afterOne);
        assertThat(ledger.asOf.memberLine(PROGRAM, SUPPLIER, AsOf.checkpoint(checkpoint))).contains(requested);
        assertThat(ledger.asOf.memberLine(PROGRAM, SUPPLIER, AsOf.instant(requestedAt))).contains(requested);
        assertThat(ledger.asOf.memberLine(PROGRAM, SUPPLIER, AsOf.position(0))).as("before the program").isEmpty();
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
