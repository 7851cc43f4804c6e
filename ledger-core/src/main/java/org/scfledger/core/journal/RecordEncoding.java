package org.scfledger.core.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.scfledger.crypto.Hex;

/**
 * The canonical encoding of a record: the RFC 8785 JSON object below, keys in their sorted order, written
 * directly rather than through a generic canonicalizer because payload and metadata are canonical already.
 *
 * <pre>{"aggregateId":…,"aggregateSequence":…,"aggregateType":…,"eventId":…,"eventRevision":…,"eventType":…,
 * "metadata":{…},"occurredAt":"2026-11-26T05:40:12.345678Z","payload":{…},"position":7,"prevHash":"hex"}</pre>
 *
 * Absent values are JSON null. The hash of a record is the suite's hash of exactly these bytes.
 */
public final class RecordEncoding {

    private static final JsonFactory PARSER = new JsonFactory();

    /** Always six fraction digits, so that an instant has one spelling. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private RecordEncoding() {
    }

    public static byte[] encode(JournalRecord record) {
        return encode(record.position(), record.eventId(), record.aggregateType(), record.aggregateId(),
                record.aggregateSequence(), record.eventType(), record.eventRevision(), record.occurredAt(),
                record.payload(), record.metadata(), record.prevHash());
    }

    static byte[] encode(long position, String eventId, @Nullable String aggregateType, @Nullable String aggregateId,
            @Nullable Long aggregateSequence, String eventType, @Nullable String eventRevision, Instant occurredAt,
            byte[] payload, byte[] metadata, byte[] prevHash) {
        byte[] prefix = prefix(eventId, aggregateType, aggregateId, aggregateSequence, eventType, eventRevision, occurredAt,
                payload, metadata);
        byte[] suffix = suffix(position, prevHash);
        byte[] encoded = Arrays.copyOf(prefix, prefix.length + suffix.length);
        System.arraycopy(suffix, 0, encoded, prefix.length, suffix.length);
        return encoded;
    }

    /**
     * Everything before {@code ,"position"}: what the event itself determines. The appender's callers encode it
     * on their own threads; the single writer adds only the {@link #suffix} once it knows where the event goes.
     */
    static byte[] prefix(String eventId, @Nullable String aggregateType, @Nullable String aggregateId,
            @Nullable Long aggregateSequence, String eventType, @Nullable String eventRevision, Instant occurredAt,
            byte[] payload, byte[] metadata) {
        var out = new ByteArrayOutputStream(256 + payload.length + metadata.length);
        write(out, "{\"aggregateId\":");
        string(out, aggregateId);
        write(out, ",\"aggregateSequence\":");
        write(out, aggregateSequence == null ? "null" : Long.toString(aggregateSequence));
        write(out, ",\"aggregateType\":");
        string(out, aggregateType);
        write(out, ",\"eventId\":");
        string(out, eventId);
        write(out, ",\"eventRevision\":");
        string(out, eventRevision);
        write(out, ",\"eventType\":");
        string(out, eventType);
        write(out, ",\"metadata\":");
        out.writeBytes(metadata);
        write(out, ",\"occurredAt\":\"");
        write(out, TIME.format(occurredAt));
        write(out, "\",\"payload\":");
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /** The record's last two members and its closing brace: {@code ,"position":7,"prevHash":"hex"}}. */
    static byte[] suffix(long position, byte[] prevHash) {
        return (",\"position\":" + position + ",\"prevHash\":\"" + Hex.encode(prevHash) + "\"}")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * The bytes every encoding of a record of aggregate {@code aggregateId} begins with: a reader can pick one
     * aggregate's records out of an export without parsing the others.
     */
    public static byte[] aggregatePrefix(String aggregateId) {
        var out = new ByteArrayOutputStream(32 + aggregateId.length());
        write(out, "{\"aggregateId\":");
        string(out, aggregateId);
        write(out, ",");
        return out.toByteArray();
    }

    /**
     * Reads a record back from its encoding, {@code bytes[start, end)}; {@code hash} is the record's hash, which the
     * caller has checked. The payload and metadata are kept byte for byte. Throws {@link IllegalArgumentException} if
     * the bytes are not a record's encoding.
     */
    public static JournalRecord decode(byte[] bytes, int start, int end, byte[] hash) {
        try (JsonParser parser = PARSER.createParser(bytes, start, end - start)) {
            expect(parser, JsonToken.START_OBJECT);
            String aggregateId = nullableText(parser, "aggregateId");
            Long aggregateSequence = nullableCount(parser, "aggregateSequence");
            String aggregateType = nullableText(parser, "aggregateType");
            String eventId = text(parser, "eventId");
            String eventRevision = nullableText(parser, "eventRevision");
            String eventType = text(parser, "eventType");
            byte[] metadata = rawObject(parser, "metadata", bytes, start);
            Instant occurredAt = parseTime(text(parser, "occurredAt"));
            byte[] payload = rawObject(parser, "payload", bytes, start);
            Long position = nullableCount(parser, "position");
            byte[] prevHash = Hex.decode(text(parser, "prevHash"));
            expect(parser, JsonToken.END_OBJECT);
            if (position == null) {
                throw new IllegalArgumentException("a record has a position");
            }
            return new JournalRecord(position, eventId, aggregateType, aggregateId, aggregateSequence, eventType,
                    eventRevision, occurredAt, payload, metadata, prevHash, hash);
        } catch (IOException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a record's encoding: " + e.getMessage(), e);
        }
    }

    /** The record's {@code occurredAt}, read without parsing its payload. */
    public static Instant occurredAt(byte[] bytes, int start, int end) {
        try (JsonParser parser = PARSER.createParser(bytes, start, end - start)) {
            expect(parser, JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("occurredAt")) {
                    return parseTime(parser.getText());
                }
                parser.skipChildren();
            }
            throw new IllegalArgumentException("a record has an occurredAt");
        } catch (IOException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a record's encoding: " + e.getMessage(), e);
        }
    }

    private static void field(JsonParser parser, String name) throws IOException {
        if (parser.nextToken() != JsonToken.FIELD_NAME || !name.equals(parser.currentName())) {
            throw new IllegalArgumentException("expected \"" + name + "\" at " + parser.currentLocation().getByteOffset());
        }
        parser.nextToken();
    }

    private static void expect(JsonParser parser, JsonToken token) throws IOException {
        if (parser.nextToken() != token) {
            throw new IllegalArgumentException("expected " + token + " at " + parser.currentLocation().getByteOffset());
        }
    }

    private static @Nullable String nullableText(JsonParser parser, String name) throws IOException {
        field(parser, name);
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("\"" + name + "\" is not a string");
        }
        return parser.getText();
    }

    private static String text(JsonParser parser, String name) throws IOException {
        String text = nullableText(parser, name);
        if (text == null) {
            throw new IllegalArgumentException("\"" + name + "\" is null");
        }
        return text;
    }

    private static @Nullable Long nullableCount(JsonParser parser, String name) throws IOException {
        field(parser, name);
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException("\"" + name + "\" is not a whole number");
        }
        return parser.getLongValue();
    }

    /** The object value's bytes as they stand: the parser's offsets count from {@code start}. */
    private static byte[] rawObject(JsonParser parser, String name, byte[] bytes, int start) throws IOException {
        field(parser, name);
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("\"" + name + "\" is not an object");
        }
        long from = parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        long to = parser.currentLocation().getByteOffset();
        return Arrays.copyOfRange(bytes, start + (int) from, start + (int) to);
    }

    public static String formatTime(Instant instant) {
        return TIME.format(instant);
    }

    public static Instant parseTime(String text) {
        return Instant.from(TIME.parse(text));
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A JSON string as RFC 8785 spells it: only '"', '\' and control characters escaped. */
    static void string(ByteArrayOutputStream out, @Nullable String value) {
        if (value == null) {
            write(out, "null");
            return;
        }
        var text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        out.writeBytes(text.append('"').toString().getBytes(StandardCharsets.UTF_8));
    }
}
