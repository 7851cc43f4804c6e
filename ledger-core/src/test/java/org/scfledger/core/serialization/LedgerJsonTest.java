package org.scfledger.core.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.crypto.CanonicalJson;

class LedgerJsonTest {

    record Disbursed(PartyId member, Money amount, BigDecimal rate, LocalDate due, Instant at) {
    }

    @Test
    void money_survives_serialization_and_canonical_json_exactly() {
        var event = new Disbursed(PartyId.of("supplier-7"), Money.of("98765432109876543.21", "CNY"), new BigDecimal("0.0435"),
                LocalDate.parse("2027-02-28"), Instant.parse("2026-11-26T08:00:00.123456Z"));
        var serializer = LedgerJson.serializer();
        var serialized = serializer.serialize(event, byte[].class);
        String json = new String(serialized.getData(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"amount\":{\"amount\":\"98765432109876543.21\",\"currency\":\"CNY\"}", "\"rate\":\"0.0435\"",
                "\"due\":\"2027-02-28\"", "\"at\":\"2026-11-26T08:00:00.123456Z\"", "\"member\":{\"value\":\"supplier-7\"}");

        assertThat(json).doesNotContain("org.scfledger", "java.", "booked", "zero");
        byte[] canonical = CanonicalJson.canonicalizeExact(serialized.getData());
        Disbursed back = serializer.deserialize(new SimpleSerializedObject<>(canonical, byte[].class, serialized.getType()));
        assertThat(back).isEqualTo(event);
        assertThat(back.amount().amount().toPlainString()).isEqualTo("98765432109876543.21");
    }
}
