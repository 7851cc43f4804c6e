package org.scfledger.commands.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scfledger.commands.testing.Refusals.refusedWith;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.party.ChangePartyRoles;
import org.scfledger.core.party.PartyEvent.PartyRegistered;
import org.scfledger.core.party.PartyEvent.PartyRolesChanged;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.PartyRole;
import org.scfledger.core.party.RegisterParty;
import org.scfledger.core.party.UnifiedSocialCreditCode;

class PartyTest {

    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.of("91440300MA5FQ2N7BM");
    static final PartyRegistered REGISTERED =
            new PartyRegistered(SUPPLIER, "Shenzhen Steel Trading Co., Ltd.", CODE, Set.of(PartyRole.SUPPLIER));

    AggregateTestFixture<Party> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Party.class);
    }

    @Test
    void the_operator_registers_a_party() {
        fixture.givenNoPriorActivity()
                .when(new RegisterParty(SUPPLIER, "Shenzhen Steel Trading Co., Ltd.", CODE, Set.of(PartyRole.SUPPLIER),
                        PartyId.OPERATOR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
    }

    @Test
    void only_the_operator_registers_parties() {
        fixture.givenNoPriorActivity()
                .when(new RegisterParty(SUPPLIER, "Shenzhen Steel Trading Co., Ltd.", CODE, Set.of(PartyRole.SUPPLIER),
                        SUPPLIER))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void the_operator_changes_a_partys_roles() {
        fixture.given(REGISTERED)
                .when(new ChangePartyRoles(SUPPLIER, Set.of(PartyRole.SUPPLIER, PartyRole.DISTRIBUTOR), PartyId.OPERATOR))
                .expectEvents(new PartyRolesChanged(SUPPLIER, Set.of(PartyRole.SUPPLIER),
                        Set.of(PartyRole.SUPPLIER, PartyRole.DISTRIBUTOR)));
    }

    @Test
    void only_the_operator_changes_roles() {
        fixture.given(REGISTERED)
                .when(new ChangePartyRoles(SUPPLIER, Set.of(PartyRole.FUNDER), SUPPLIER))
                .expectException(refusedWith("not-permitted"))
                .expectNoEvents();
    }

    @Test
    void roles_that_do_not_change_are_refused() {
        fixture.given(REGISTERED)
                .when(new ChangePartyRoles(SUPPLIER, Set.of(PartyRole.SUPPLIER), PartyId.OPERATOR))
                .expectException(refusedWith("roles-unchanged"))
                .expectNoEvents();
    }

    @Test
    void known_codes_pass_their_check() {
        for (String code : List.of("91350100M000100Y43", "91110000600001760P", "914403001922038216", "92110105L123456787")) {
            assertThat(UnifiedSocialCreditCode.of(code).value()).isEqualTo(code);
        }
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void malformed_codes_are_refused_with_the_reason() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("18 characters");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M0001I0Y43"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'I' at position 14");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100m000100Y43"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'m' at position 9");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y44"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("should be '3', not '4'");
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unifiedSocialCreditCode");
    }

    @Test
    void malformed_registrations_are_refused_naming_the_field() {
        assertThatThrownBy(() -> new RegisterParty(SUPPLIER, " ", CODE, Set.of(PartyRole.SUPPLIER), PartyId.OPERATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legalName");
        assertThatThrownBy(() -> new RegisterParty(SUPPLIER, "Name", CODE, EnumSet.noneOf(PartyRole.class), PartyId.OPERATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roles");
        assertThatThrownBy(() -> new RegisterParty(null, "Name", CODE, Set.of(PartyRole.SUPPLIER), PartyId.OPERATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partyId");
        assertThatThrownBy(() -> new RegisterParty(SUPPLIER, "Name", null, Set.of(PartyRole.SUPPLIER), PartyId.OPERATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unifiedSocialCreditCode");
        assertThatThrownBy(() -> new RegisterParty(SUPPLIER, "Name", CODE, Set.of(PartyRole.SUPPLIER), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actingParty");
    }
}
