package org.scfledger.commands.program;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.party.PartyId;

/**
 * Map keys in the program's snapshot (its JSON through {@code LedgerJson}): a party or financing id is written as its
 * plain value ({@code "supplier-7"}), as in the events, not as its journal identifier ({@code toString()}).
 */
final class SnapshotKeys {

    private SnapshotKeys() {
    }

    static final class PartyIdWriter extends JsonSerializer<PartyId> {
        @Override
        public void serialize(PartyId value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeFieldName(value.value());
        }
    }

    static final class PartyIdReader extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return PartyId.of(key);
        }
    }

    static final class FinancingIdWriter extends JsonSerializer<FinancingId> {
        @Override
        public void serialize(FinancingId value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeFieldName(value.value());
        }
    }

    static final class FinancingIdReader extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return FinancingId.of(key);
        }
    }
}
