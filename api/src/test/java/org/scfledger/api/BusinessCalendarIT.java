package org.scfledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.scfledger.api.calendar.BusinessCalendar;
import org.scfledger.api.calendar.BusinessDayRun;
import org.scfledger.api.readside.ReadSideStatus;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.CollateralKind;
import org.scfledger.core.collateral.PledgeCollateral;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.pledge.PledgeAssetToLine;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.projections.collateral.CollateralStatus;
import org.scfledger.projections.creditline.DrawingBlock;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.query.ReadModelQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Ending business days: expiry of collateral and programs, and overdue financings, found by the read models. */
@SpringBootTest
class BusinessCalendarIT {

    static final ProgramId PROGRAM = ProgramId.of("prog-calendar");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId FUNDER = PartyId.of("bank-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final CollateralId GUARANTEE = CollateralId.of("G-1");
    static final FinancingId LOAN = FinancingId.of("F-CAL-1");
    static final LocalDate START = LocalDate.parse("2024-01-15");

    @Autowired
    CommandGateway commands;

    @Autowired
    BusinessCalendar calendar;

    @Autowired
    ReadModelQueries queries;

    @Autowired
    ReadSideStatus readSide;

    @Autowired
    Journal journal;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestServerDatabase.register(registry);
    }

    @Test
    void the_end_of_a_day_expires_what_ended_and_records_what_is_overdue_and_a_second_run_changes_nothing() {
        ServerParties.forProgram(commands, CORE, FUNDER, SUPPLIER);
        commands.sendAndWait(new CreateProgram(PROGRAM, CORE, FUNDER, Currency.getInstance("CNY"), cny("50000.00"),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-31"), AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent("4.35")), 180, BigDecimal.ONE, FUNDER));
        commands.sendAndWait(new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, cny("1000.00"), cny("20000.00"), FUNDER));
        commands.sendAndWait(new PledgeCollateral(GUARANTEE, CollateralKind.GUARANTEE, SUPPLIER, FUNDER, cny("9000.00"),
                "Payment guarantee", null, CORE, null, LocalDate.parse("2024-02-10"), START, SUPPLIER));
        commands.sendAndWait(PledgeAssetToLine.collateral(PROGRAM, SUPPLIER, GUARANTEE, START, SUPPLIER));
        // 5,000 drawn against the 10,000 line (1,000 base + the 9,000 guarantee), bullet, due 2024-02-15.
        commands.sendAndWait(new RequestDrawdown(LOAN, PROGRAM, SUPPLIER, cny("5000.00"), RepaymentMethod.BULLET,
                FinancingTenor.monthly(1), START, SUPPLIER));
        commands.sendAndWait(DecideFinancing.approve(LOAN, START, FUNDER));
        commands.sendAndWait(new DisburseFinancing(LOAN, START, FUNDER));

        BusinessDayRun february20 = calendar.close(LocalDate.parse("2024-02-20"));

        assertThat(february20.collateralExpired()).isEqualTo(1);
        assertThat(february20.financingsChecked()).isEqualTo(1);
        assertThat(february20.programsExpired()).isZero();
        assertThat(february20.refusals()).isEmpty();
        readSide.awaitCaughtUp();
        assertThat(queries.collateral(GUARANTEE).orElseThrow().status()).isEqualTo(CollateralStatus.EXPIRED);
        var line = queries.memberLine(PROGRAM, SUPPLIER).orElseThrow();
        assertThat(line.memberLimit()).as("the guarantee no longer counts").isEqualTo(cny("1000.00"));
        assertThat(line.shortfall()).isEqualTo(cny("4000.00"));
        assertThat(line.blockedBy()).isEqualTo(DrawingBlock.SHORTFALL);
        FinancingView loan = queries.financing(LOAN, LocalDate.parse("2024-02-20")).orElseThrow();
        assertThat(loan.lastOverdue().daysPastDue()).isEqualTo(5);
        assertThat(loan.lastOverdue().bucket()).isEqualTo(AgeingBucket.DPD_1_30);

        long size = journal.head().size();
        BusinessDayRun again = calendar.close(LocalDate.parse("2024-02-20"));
        assertThat(again.collateralExpired()).isZero();
        assertThat(journal.head().size()).as("a second run of the same day records nothing").isEqualTo(size);

        BusinessDayRun april1 = calendar.close(LocalDate.parse("2024-04-01"));
        assertThat(april1.programsExpired()).isEqualTo(1);
        readSide.awaitCaughtUp();
        assertThat(queries.programLine(PROGRAM).orElseThrow().expiredOn()).isEqualTo(LocalDate.parse("2024-04-01"));
    }


    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
