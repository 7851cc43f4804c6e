package org.scfledger.core.journal.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import org.scfledger.core.journal.RecordEncoding;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.CanonicalJson;

/**
 * A slice's first line: its scope, how many records it holds, and the size of the signed tree they are proven in. As in
 * an export's header, the public key is a convenience for humans; a verifier trusts only the key it was given.
 */
public record SliceHeader(Instant createdAt, String keyFingerprint, String publicKeyPem, AlgorithmSuite suite, long treeSize,
        long records, SliceScope scope) {

    public SliceHeader {
        if (treeSize < 0 || records < 0 || records > treeSize) {
            throw new IllegalArgumentException("a slice holds 0 to " + treeSize + " records, not " + records);
        }
    }

    /** True when a file's first bytes begin a slice header (and not an export's): how a reader tells the two apart. */
    public static boolean begins(byte[] firstBytes) {
        return ExportFormat.startsWith(firstBytes, 0, firstBytes.length, ExportFormat.SLICE_HEADER_START);
    }

    /** True when {@code in} holds a slice; reads its first bytes and resets it, so it must support mark and reset. */
    public static boolean begins(InputStream in) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("telling a slice from an export needs a stream that can reset");
        }
        in.mark(ExportFormat.SLICE_HEADER_START.length);
        byte[] first = in.readNBytes(ExportFormat.SLICE_HEADER_START.length);
        in.reset();
        return begins(first);
    }

    /** The header line's canonical (RFC 8785) JSON, without the line end. */
    public byte[] toJson() {
        try {
            var slice = ExportFormat.JSON.createObjectNode()
                    .put("createdAt", RecordEncoding.formatTime(createdAt))
                    .put("format", ExportFormat.SLICE_NAME)
                    .put("keyFingerprint", keyFingerprint)
                    .put("publicKey", publicKeyPem)
                    .put("records", records)
                    .put("suite", suite.suiteName())
                    .put("treeSize", treeSize)
                    .put("version", ExportFormat.SLICE_VERSION);
            slice.set("scope", ExportFormat.JSON.readTree(scope.toJson()));
            var line = ExportFormat.JSON.createObjectNode().set("slice", slice);
            return CanonicalJson.canonicalize(ExportFormat.JSON.writeValueAsBytes(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scope's JSON is an object: " + scope.toJson(), e);
        }
    }

    /** Reads a header line, insisting on the exact bytes {@link #toJson()} would write for it. */
    static SliceHeader parse(byte[] line, SliceScope.Parser scopes) throws MalformedLine {
        JsonNode root;
        try {
            root = ExportFormat.JSON.readTree(line);
        } catch (IOException e) {
            throw new MalformedLine("the first line is not a JSON header: " + ExportFormat.reason(e));
        }
        if (root == null || !root.isObject() || !root.path("slice").isObject()) {
            throw new MalformedLine("the first line is not a slice header: it has no \"slice\" object");
        }
        var slice = root.get("slice");
        if (!ExportFormat.SLICE_NAME.equals(slice.path("format").asText(null))) {
            throw new MalformedLine("the file is not a " + ExportFormat.SLICE_NAME + " (format " + slice.path("format") + ")");
        }
        if (!slice.path("version").isIntegralNumber() || slice.get("version").asLong() != ExportFormat.SLICE_VERSION) {
            throw new MalformedLine("unsupported slice version " + slice.path("version") + ": this verifier reads version "
                    + ExportFormat.SLICE_VERSION);
        }
        SliceHeader header;
        try {
            header = new SliceHeader(RecordEncoding.parseTime(ExportHeader.text(slice, "createdAt")),
                    ExportHeader.text(slice, "keyFingerprint"), ExportHeader.text(slice, "publicKey"),
                    AlgorithmSuite.named(ExportHeader.text(slice, "suite")), ExportHeader.count(slice, "treeSize"),
                    ExportHeader.count(slice, "records"), scope(slice.get("scope"), scopes));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new MalformedLine("the header is malformed: " + e.getMessage());
        }
        if (!Arrays.equals(header.toJson(), line)) {
            throw new MalformedLine("the header is not in canonical form (RFC 8785, exactly the fields of version 1)");
        }
        return header;
    }

    private static SliceScope scope(JsonNode scope, SliceScope.Parser scopes) throws MalformedLine {
        if (scope == null || !scope.isObject()) {
            throw new MalformedLine("the header's \"scope\" is missing or not an object");
        }
        try {
            return scopes.parse(new String(CanonicalJson.canonicalize(ExportFormat.JSON.writeValueAsBytes(scope)),
                    StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        } catch (IllegalArgumentException e) {
            throw new MalformedLine("the header's scope " + scope + " is not one this verifier knows: " + e.getMessage());
        }
    }
}
