package org.scfledger.commands.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ReceivableEvent;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableConfirmed;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableDisputeResolved;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableDisputed;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableEncumbered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartCreated;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableRegistered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableReleased;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableFellDue;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSplit;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableTransferred;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.ReceivablePart;
import org.scfledger.core.receivable.ThreeWayMatch;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;
import org.scfledger.crypto.CanonicalJson;

/**
 * Every receivable event survives the journal's path unchanged: {@link LedgerJson#serializer()}, RFC 8785
 * canonicalization (refused if it would alter a value), then deserialization.
 */
class ReceivableEventSerializationTest {

    static final ReceivableId R = ReceivableId.of("AR-2026-0042");
    static final ReceivableId PART = R.part(2).part(13);
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId TIER2 = PartyId.of("supplier-21");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final ProgramId P = ProgramId.of("acme-2026");
    static final OrderId O = OrderId.of("2026-1188");
    static final InvoiceId I1 = InvoiceId.of("91310000MA1K4XYZ2B", "3100231130", "00012345");
    static final InvoiceId I2 = InvoiceId.of("91310000MA1K4XYZ2B", "3100231130", "00012346");
    static final LocalDate D = LocalDate.parse("2026-11-26");
    static final LocalDate M = LocalDate.parse("2027-02-20");

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static List<Object> samples() {
        return List.of(
                new ReceivableRegistered(R, SUPPLIER, CORE, cny("98765432109876543.21"), M, List.of(I1, I2), O, P, D),
                new ReceivableConfirmed(R, CORE, new ThreeWayMatch(O, cny("113000.00"), List.of(I1, I2), cny("112999.99"),
                        cny("113565.00"), new BigDecimal("0.5"), cny("567.82"), cny("565.01")), D),
                new ReceivableDisputed(PART, CORE, "短缺交货 \"short\" delivery", D),
                new ReceivableDisputeResolved(PART, PartyId.OPERATOR, "arbitrated", D),
                new ReceivableSplit(R, SUPPLIER, cny("113000.00"), List.of(new ReceivablePart(R.part(1), TIER2, cny("0.01")),
                        new ReceivablePart(R.part(2), SUPPLIER, cny("112999.99"))), D),
                new ReceivablePartCreated(PART, R.part(2), R, P, CORE, TIER2, cny("1000.35"), M, D.minusDays(3), D),
                new ReceivableTransferred(PART, TIER2, SUPPLIER, cny("1000.35"), D),
                new ReceivableEncumbered(PART, Encumbrance.financing("FIN-1", BANK), cny("1000.35"), SUPPLIER, D),
                new ReceivableReleased(PART, Encumbrance.creditLine("acme-2026/supplier-7", BANK), BANK, D),
                new ReceivablePartSettled(PART, R, TIER2, BANK, cny("1000.35"), Encumbrance.financing("FIN-1", BANK), M),
                new ReceivablePartSettled(R, R, SUPPLIER, SUPPLIER, cny("113000.00"), null, M),
                new ReceivableSettled(R, CORE, cny("113000.00"), 3, M),
                new ReceivableFellDue(R, M, M.plusDays(1)));
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
        assertThat(json).doesNotContainPattern(":-?[0-9]+[.eE]"); // decimals (amounts, percentages) are strings
    }

    @Test
    void the_samples_cover_every_event_and_every_event_has_a_revision() {
        List<Class<?>> events = Arrays.asList(ReceivableEvent.class.getPermittedSubclasses());
        assertThat(samples()).extracting(Object::getClass).containsAll(events);
        assertThat(events).hasSize(12)
                .allSatisfy(type -> assertThat(type.getAnnotation(Revision.class).value()).isEqualTo("1"));
    }
}
