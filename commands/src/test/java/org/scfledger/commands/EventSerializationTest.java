package org.scfledger.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyEvent;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.PartyRole;
import org.scfledger.core.party.UnifiedSocialCreditCode;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.crypto.CanonicalJson;

/**
 * Every event of the parties and programs survives the journal's path unchanged: Axon's serializer
 * ({@link LedgerJson#serializer()}), then RFC 8785 canonicalization (which the journal refuses to apply if it would
 * alter a value), then deserialization.
 */
class EventSerializationTest {

    static final ProgramId P = ProgramId.of("prog-1");
    static final PartyId M = PartyId.of("supplier-7");
    static final PartyId FUNDER = PartyId.of("bank-1");
    static final FinancingId F = FinancingId.of("fin-1");
    static final LocalDate D = LocalDate.parse("2026-03-15");

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static List<Object> samples() {
        return List.of(
                new PartyEvent.PartyRegistered(M, "深圳钢铁贸易有限公司 (Shenzhen Steel Trading Co., Ltd.)",
                        UnifiedSocialCreditCode.of("91440300MA5FQ2N7BM"), Set.of(PartyRole.SUPPLIER, PartyRole.DISTRIBUTOR)),
                new PartyEvent.PartyRolesChanged(M, Set.of(PartyRole.SUPPLIER), Set.of(PartyRole.SUPPLIER, PartyRole.GUARANTOR)),
                new ProgramEvent.ProgramCreated(P, PartyId.of("core-1"), FUNDER, Currency.getInstance("CNY"),
                        cny("98765432109876543.21"), D, D.plusYears(1),
                        AdvanceRates.defaults().without(AssetType.MORTGAGE).with(AssetType.INVOICE, AdvanceRate.percent("72.5")),
                        new ProgramPricing(Rate.percent("4.35"), DayCount.THIRTY_360, new BigDecimal("1.5")), 180,
                        new BigDecimal("0.5")),
                new ProgramEvent.ProgramLimitChanged(P, cny("5000000.00"), cny("6000000.10")),
                new ProgramEvent.ProgramExpired(P, D, PartyId.OPERATOR),
                new ProgramEvent.MemberAdmitted(P, M, MemberSide.SUPPLIER, cny("500000.00"), cny("2000000.00")),
                new ProgramEvent.MemberSuspended(P, M, "overdue with another funder"),
                new ProgramEvent.MemberReinstated(P, M, "cleared"),
                new ProgramEvent.MemberLimitsChanged(P, M, cny("0.00"), cny("0.01"), D),
                new ProgramEvent.LineAssetAdded(P, M, "INV-1", AssetType.INVOICE, cny("1000.35"), AdvanceRate.percent("70"),
                        cny("700.24"), D),
                new ProgramEvent.LineAssetRemoved(P, M, "INV-1", AssetType.INVOICE, cny("700.24"), AssetRemovalReason.REVALUED,
                        D, FUNDER),
                new ProgramEvent.MemberShortfallDetected(P, M, cny("904774.31"), cny("0.00"), cny("1200000.00"),
                        cny("295225.69"), D),
                new ProgramEvent.MemberShortfallCured(P, M, cny("904774.31"), cny("4.31"), cny("900000.00"), D),
                new ProgramEvent.DrawdownReserved(P, F, M, cny("125000.00"), D),
                new ProgramEvent.ReservationReleased(P, F, M, cny("125000.00"), "declined: \"incomplete\" file", D, FUNDER),
                new ProgramEvent.PrincipalDrawn(P, F, M, cny("125000.00"), D),
                new ProgramEvent.PrincipalRepaid(P, F, M, cny("0.01"), cny("124999.99"), D));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void an_event_survives_serialization_and_canonical_json_unchanged(Object event) {
        var serializer = LedgerJson.serializer();
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        byte[] canonical = CanonicalJson.canonicalizeExact(serialized.getData());
        Object back = serializer.deserialize(new SimpleSerializedObject<>(canonical, byte[].class, serialized.getType()));
        assertThat(back).isEqualTo(event);
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        String json = new String(canonical, StandardCharsets.UTF_8);
        assertThat(json).doesNotContainPattern(":-?[0-9]+[.eE]"); // decimals (amounts, rates, percentages) are strings
    }

    @Test
    void the_samples_cover_every_event_and_every_event_has_a_revision() {
        List<Class<?>> events = Stream.of(PartyEvent.class, ProgramEvent.class)
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses())).toList();
        assertThat(samples()).extracting(Object::getClass).containsExactlyInAnyOrderElementsOf(events);
        assertThat(events).allSatisfy(type -> assertThat(type.getAnnotation(Revision.class).value()).isEqualTo("1"));
    }
}
