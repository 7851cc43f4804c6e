package org.scfledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.scfledger.api.readside.ReadSideStatus;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.query.Queries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The server's read side: commands reach the live read models, queries answer from them, a rebuild restores them. */
@SpringBootTest
class ReadSideIT {

    static final ProgramId PROGRAM = ProgramId.of("prog-server");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId FUNDER = PartyId.of("bank-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    ReadSideStatus readSide;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestServerDatabase.register(registry);
    }

    @Test
    void a_member_line_is_answered_on_the_query_bus_and_survives_a_rebuild() throws Exception {
        ServerParties.forProgram(commands, CORE, FUNDER, SUPPLIER);
        commands.sendAndWait(new CreateProgram(PROGRAM, CORE, FUNDER, Currency.getInstance("CNY"), cny("50000.00"),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent("4.35")), 180, BigDecimal.ONE, FUNDER));
        commands.sendAndWait(new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, cny("10000.00"), cny("20000.00"), FUNDER));
        awaitCaughtUp();

        MemberLineView line = memberLine();
        assertThat(line.memberLimit()).isEqualTo(cny("10000.00"));
        assertThat(line.canDrawNow()).isEqualTo(cny("10000.00"));
        assertThat(readSide.health().getDetails()).containsEntry("behind", 0L);

        readSide.rebuild();

        assertThat(readSide.progress().isCaughtUp()).isTrue();
        assertThat(memberLine()).isEqualTo(line);
    }

    private MemberLineView memberLine() throws Exception {
        Optional<MemberLineView> line = queries.query(new Queries.MemberLine(PROGRAM, SUPPLIER),
                ResponseTypes.optionalInstanceOf(MemberLineView.class)).get();
        return line.orElseThrow();
    }

    private void awaitCaughtUp() throws InterruptedException {
        for (int i = 0; i < 600 && !readSide.progress().isCaughtUp(); i++) {
            Thread.sleep(50);
        }
        assertThat(readSide.progress().isCaughtUp()).as("read models caught up: %s", readSide.progress()).isTrue();
    }


    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
