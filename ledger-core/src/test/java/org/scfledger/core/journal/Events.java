package org.scfledger.core.journal;

import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;

/** Test events of a realistic size (~500 bytes serialized). */
final class Events {

    static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    record InvoiceRegistered(String invoiceId, String issuerTaxId, String invoiceCode, String invoiceNumber,
            String buyer, String amount, String currency, String issuedOn, String description) {
    }

    record Heartbeat(long beat) {
    }

    private Events() {
    }

    static DomainEventMessage<InvoiceRegistered> invoice(String aggregateId, long sequence) {
        var payload = new InvoiceRegistered(aggregateId, "91310000MA1K4XYZ2B", "3100231130", String.format("%08d", sequence),
                "91440300MA5F7ABCDE", "125000.00", "CNY", "2026-11-26",
                "Steel coils, grade Q235B, 42 tonnes, delivered to the core enterprise's Shenzhen plant under order PO-2026-1188");
        return new GenericDomainEventMessage<>("Invoice", aggregateId, sequence, payload,
                MetaData.from(Map.of("actingParty", "supplier-7", "correlationId", aggregateId + "-" + sequence)));
    }

    static EventMessage<Heartbeat> heartbeat(long beat) {
        return GenericEventMessage.asEventMessage(new Heartbeat(beat));
    }
}
