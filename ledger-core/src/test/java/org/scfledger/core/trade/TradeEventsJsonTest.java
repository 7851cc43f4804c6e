package org.scfledger.core.trade;

import org.scfledger.core.asset.Encumbrance;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.crypto.CanonicalJson;

/** Every trade event survives the ledger's JSON and RFC 8785 canonicalization exactly, as the journal stores it. */
class TradeEventsJsonTest {

    static final OrderId ORDER = OrderId.of("2026-1188");
    static final InvoiceId INVOICE = InvoiceId.of("91310000MA1K4XYZ2B", "3100231130", "00012345");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId BANK = PartyId.of("bank-1");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final Encumbrance FINANCING = Encumbrance.financing("FIN-2026-000042", BANK);

    static List<Object> events() {
        return List.of(
                new OrderEvent.OrderRegistered(ORDER, CORE, SUPPLIER, Money.of("98765432109876543.21", "CNY"), DAY,
                        "Steel coils, grade Q235B, \"42 t\" — 钢卷"),
                new OrderEvent.OrderAccepted(ORDER, SUPPLIER, DAY),
                new OrderEvent.OrderCancelled(ORDER, CORE, "no longer needed", Money.of("100.10", "CNY"), DAY.plusDays(3)),
                new OrderEvent.OrderInvoiced(ORDER, INVOICE, Money.of("100.00", "CNY"), Money.of("300.00", "CNY"),
                        Money.of("0.00", "CNY"), DAY),
                new OrderEvent.OrderFullyInvoiced(ORDER, Money.of("1000000.00", "CNY"), DAY),
                new OrderEvent.OrderInvoiceCancelled(ORDER, INVOICE, Money.of("100", "JPY"), Money.of("0", "JPY"),
                        Money.of("1000", "JPY"), DAY),
                new InvoiceEvent.InvoiceIssued(INVOICE, SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012345", CORE,
                        Money.of("113000.00", "CNY"), Money.of("13000.00", "CNY"), DAY, ORDER),
                new InvoiceEvent.InvoiceIssued(INVOICE, SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012345", CORE,
                        Money.of("113000.00", "CNY"), Money.of("0.00", "CNY"), DAY, null),
                new InvoiceEvent.InvoiceVerified(INVOICE, TaxAuthorityVerdict.AUTHENTIC, "VRF-20261127-0001", PartyId.OPERATOR,
                        DAY.plusDays(1)),
                new InvoiceEvent.InvoiceCancelled(INVOICE, SUPPLIER, "red-letter invoice 00012346", DAY.plusDays(10)),
                new InvoiceEvent.InvoiceEncumbered(INVOICE, FINANCING, SUPPLIER, DAY.plusDays(2)),
                new InvoiceEvent.InvoiceReleased(INVOICE, Encumbrance.creditLine("PRG-1/supplier-7", BANK), BANK, DAY.plusDays(40)),
                new InvoiceEvent.InvoiceBackingReceivable(INVOICE, org.scfledger.core.receivable.ReceivableId.of("AR-2026-0042"), DAY),
                new InvoiceEvent.InvoiceReceivableSettled(INVOICE, org.scfledger.core.receivable.ReceivableId.of("AR-2026-0042"),
                        DAY.plusDays(90)),
                new OrderEvent.OrderEncumbered(ORDER, Encumbrance.creditLine("PRG-1:supplier-7", BANK), Money.of("12345.67", "CNY"),
                        SUPPLIER, DAY.plusDays(1)),
                new OrderEvent.OrderReleased(ORDER, Encumbrance.creditLine("PRG-1:supplier-7", BANK), PartyId.OPERATOR, DAY.plusDays(5)));
    }

    @Test
    void every_event_type_is_covered() {
        var covered = events().stream().map(Object::getClass).distinct().toList();
        var declared = Stream.of(OrderEvent.class, InvoiceEvent.class)
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses())).toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(declared);
    }

    @ParameterizedTest
    @MethodSource("events")
    void survives_serialization_and_canonical_json_unchanged(Object event) {
        var serializer = LedgerJson.serializer();
        var serialized = serializer.serialize(event, byte[].class);
        assertThat(serialized.getType().getRevision()).isEqualTo("1");

        byte[] canonical = CanonicalJson.canonicalizeExact(serialized.getData());
        Object back = serializer.deserialize(new SimpleSerializedObject<>(canonical, byte[].class, serialized.getType()));
        assertThat(back).isEqualTo(event);
        // Amounts are text in the stored form, never JSON numbers.
        assertThat(new String(canonical, StandardCharsets.UTF_8)).doesNotContainPattern("\"amount\":[0-9]");
    }

    @Test
    void an_invoice_id_is_a_function_of_the_normalised_key() {
        assertThat(InvoiceId.of(" 91310000ma1k4xyz2b ", "3100231130", "00012345"))
                .isEqualTo(INVOICE)
                .hasToString("INV:91310000MA1K4XYZ2B:3100231130:00012345");
    }
}
