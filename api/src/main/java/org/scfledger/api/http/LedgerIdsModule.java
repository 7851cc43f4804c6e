package org.scfledger.api.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.UnifiedSocialCreditCode;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;

/**
 * In the API, an id is a plain string ({@code "supplier-1"}, {@code "RCV:R-1/2"}); in the journal it stays the record
 * it is. Only the API's JSON changes; events are written with the ledger's own mapper. An order or a receivable may be
 * named with or without its type prefix ({@code "2026-001"} is {@code "PO:2026-001"}).
 */
public final class LedgerIdsModule extends SimpleModule {

    /** Each id type, its text and its parser (which checks the form and names what is wrong). */
    public static final List<Id<?>> IDS = List.of(
            new Id<>(PartyId.class, PartyId::value, PartyId::of),
            new Id<>(ProgramId.class, ProgramId::value, ProgramId::of),
            new Id<>(FinancingId.class, FinancingId::value, FinancingId::of),
            new Id<>(OrderId.class, OrderId::value, OrderId::of),
            new Id<>(InvoiceId.class, InvoiceId::value, InvoiceId::new),
            new Id<>(ReceivableId.class, ReceivableId::value, ReceivableId::of),
            new Id<>(CollateralId.class, CollateralId::value, CollateralId::of),
            new Id<>(UnifiedSocialCreditCode.class, UnifiedSocialCreditCode::value, UnifiedSocialCreditCode::of));

    public LedgerIdsModule() {
        super("ledger-ids");
        IDS.forEach(this::add);
    }

    private <T> void add(Id<T> id) {
        addSerializer(id.type(), new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(id.text().apply(value));
            }
        });
        addDeserializer(id.type(), new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
                if (in.currentToken() != JsonToken.VALUE_STRING) {
                    return id.type().cast(context.handleUnexpectedToken(String.class, in));
                }
                String text = in.getText();
                try {
                    return id.parse().apply(text);
                } catch (IllegalArgumentException invalid) {
                    throw context.weirdStringException(text, id.type(), invalid.getMessage());
                }
            }
        });
    }

    public record Id<T>(Class<T> type, Function<T, String> text, Function<String, T> parse) {
    }
}
