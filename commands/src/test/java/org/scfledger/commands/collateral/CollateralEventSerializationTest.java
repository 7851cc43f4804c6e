package org.scfledger.commands.collateral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.collateral.CollateralEvent;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.CollateralKind;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.crypto.CanonicalJson;

/** Every collateral event survives the journal's path unchanged: serializer, RFC 8785 canonical JSON, back. */
class CollateralEventSerializationTest {

    static final CollateralId C = CollateralId.of("WR-SH/2026.0042");
    static final PartyId PLEDGOR = PartyId.of("supplier-7");
    static final PartyId FUNDER = PartyId.of("bank-1");
    static final LocalDate D = LocalDate.parse("2026-03-15");

    static List<Object> samples() {
        return List.of(
                new CollateralEvent.CollateralPledged(C, CollateralKind.WAREHOUSE_RECEIPT, PLEDGOR, FUNDER,
                        Money.of("98765432109876543.21", "CNY"), "热轧卷板 120 t, \"bay 4\"", PartyId.of("warehouse-3"), null,
                        "WR-SH-2026-0042", null, D),
                new CollateralEvent.CollateralPledged(C, CollateralKind.GUARANTEE, PLEDGOR, FUNDER, Money.of("300000.10", "CNY"),
                        "Payment guarantee", null, PartyId.of("core-1"), null, D.plusMonths(6), D),
                new CollateralEvent.CollateralPledged(C, CollateralKind.MORTGAGE, PLEDGOR, FUNDER, Money.of("1000", "JPY"),
                        "Plant", null, null, "REG-77", null, D),
                new CollateralEvent.CollateralRevalued(C, Money.of("800000.00", "CNY"), Money.of("0.01", "CNY"), FUNDER, D),
                new CollateralEvent.CollateralReleased(C, "goods sold", FUNDER, D),
                new CollateralEvent.CollateralExpired(C, D, PartyId.OPERATOR, D.plusDays(2)),
                new CollateralEvent.CollateralEncumbered(C, Encumbrance.creditLine("prog-1:supplier-7", FUNDER), PLEDGOR, D),
                new CollateralEvent.CollateralEncumbranceReleased(C, Encumbrance.financing("FIN-1", FUNDER), FUNDER, D));
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
        assertThat(json).doesNotContainPattern(":-?[0-9]+[.eE]");
    }

    @Test
    void the_samples_cover_every_event_and_every_event_has_a_revision() {
        List<Class<?>> events = Arrays.asList(CollateralEvent.class.getPermittedSubclasses());
        assertThat(samples()).extracting(Object::getClass).containsAll(events);
        assertThat(events).allSatisfy(type -> assertThat(type.getAnnotation(Revision.class).value()).isEqualTo("1"));
    }
}
