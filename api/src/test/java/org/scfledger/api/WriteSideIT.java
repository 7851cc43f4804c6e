package org.scfledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.party.ChangePartyRoles;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.PartyRole;
import org.scfledger.core.party.RegisterParty;
import org.scfledger.core.party.UnifiedSocialCreditCode;
import org.scfledger.core.rules.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The server's write side: commands through its gateway land in the journal, as the ledger's JSON. */
@SpringBootTest
class WriteSideIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    Journal journal;

    @Autowired
    javax.sql.DataSource dataSource;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestServerDatabase.register(registry);
    }

    @Test
    void a_registered_party_is_an_event_in_the_journal_under_its_typed_id() {
        var supplier = PartyId.of("supplier-7");
        commands.sendAndWait(new RegisterParty(supplier, "Shenzhen Steel Coil Co., Ltd.",
                UnifiedSocialCreditCode.of("91440300MA5FQ2N7BM"), Set.of(PartyRole.SUPPLIER), PartyId.OPERATOR));

        var head = journal.head();
        var record = journal.records(head.size() - 1, head.size(), 1).get(0);
        assertThat(record.aggregateId()).isEqualTo("party:supplier-7");
        assertThat(record.aggregateSequence()).isZero();
        assertThat(record.eventType()).isEqualTo("org.scfledger.core.party.PartyEvent$PartyRegistered");
        String payload = new String(record.payload(), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"legalName\":\"Shenzhen Steel Coil Co., Ltd.\"").doesNotContain("java.util");

        assertThatThrownBy(() -> commands.sendAndWait(new RegisterParty(supplier, "Someone else",
                UnifiedSocialCreditCode.of("91440300MA5FQ2N7BM"), Set.of(PartyRole.SUPPLIER), PartyId.OPERATOR)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> commands.sendAndWait(new ChangePartyRoles(supplier, Set.of(PartyRole.SUPPLIER), PartyId.OPERATOR)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(refusal -> assertThat(((RuleViolation) refusal).code()).isEqualTo("roles-unchanged"));
        assertThat(journal.head().size()).as("refusals write nothing").isEqualTo(head.size());
    }

    @Test
    void the_server_snapshots_a_busy_program() throws Exception {
        var core = PartyId.of("core-snap");
        var bank = PartyId.of("bank-snap");
        ServerParties.register(commands, core, PartyRole.CORE_ENTERPRISE);
        ServerParties.register(commands, bank, PartyRole.FUNDER);
        var program = org.scfledger.core.program.ProgramId.of("P-snap");
        commands.sendAndWait(new org.scfledger.core.program.CreateProgram(program, core, bank, java.util.Currency.getInstance("CNY"),
                org.scfledger.core.money.Money.of("1000000.00", "CNY"), java.time.LocalDate.parse("2026-01-01"),
                java.time.LocalDate.parse("2026-12-31"), org.scfledger.core.credit.AdvanceRates.defaults(),
                org.scfledger.core.program.ProgramPricing.of(org.scfledger.core.money.Rate.percent("4.35")), 180,
                java.math.BigDecimal.ONE, bank));
        for (int n = 1; n <= org.scfledger.commands.WriteSide.PROGRAM_SNAPSHOT_EVERY + 1; n++) {
            commands.sendAndWait(new org.scfledger.core.program.ChangeProgramLimit(program,
                    org.scfledger.core.money.Money.of(1_000_000 + n + ".00", "CNY"), bank));
        }

        long snapshotAt = -1;
        for (int attempt = 0; attempt < 50 && snapshotAt < 0; attempt++) { // the snapshot is stored after the commit
            snapshotAt = snapshotSequence(program.toString());
            Thread.sleep(attempt == 0 ? 0 : 100);
        }
        assertThat(snapshotAt).as("the program's snapshot").isGreaterThanOrEqualTo(org.scfledger.commands.WriteSide.PROGRAM_SNAPSHOT_EVERY - 1);
    }

    private long snapshotSequence(String aggregateId) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select aggregate_sequence from aggregate_snapshot where aggregate_id = ?")) {
            select.setString(1, aggregateId);
            try (var result = select.executeQuery()) {
                return result.next() ? result.getLong(1) : -1;
            }
        }
    }
}
