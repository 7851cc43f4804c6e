package org.scfledger.core.journal;

import java.io.ByteArrayOutputStream;
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
