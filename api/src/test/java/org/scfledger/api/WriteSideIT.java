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
}
