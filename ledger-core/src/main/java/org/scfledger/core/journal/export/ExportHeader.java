package org.scfledger.core.journal.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import org.scfledger.core.journal.RecordEncoding;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.CanonicalJson;

/**
 * An export's first line: what it is, which suite and key it was made with, and how many records follow.
 * The public key is a convenience for humans; a verifier trusts only the key it was given.
 */
public record ExportHeader(Instant createdAt, String keyFingerprint, String publicKeyPem, AlgorithmSuite suite, long treeSize) {

    public ExportHeader {
        if (treeSize < 0) {
            throw new IllegalArgumentException("negative tree size " + treeSize);
        }
    }

    /** The header line's canonical (RFC 8785) JSON, without the line end. */
    public byte[] toJson() {
        var export = ExportFormat.JSON.createObjectNode()
                .put("createdAt", RecordEncoding.formatTime(createdAt))
                .put("format", ExportFormat.NAME)
                .put("keyFingerprint", keyFingerprint)
                .put("publicKey", publicKeyPem)
                .put("suite", suite.suiteName())
                .put("treeSize", treeSize)
                .put("version", ExportFormat.VERSION);
        var line = ExportFormat.JSON.createObjectNode().set("export", export);
        try {
            return CanonicalJson.canonicalize(ExportFormat.JSON.writeValueAsBytes(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** Reads a header line, insisting on the exact bytes {@link #toJson()} would write for it. */
    static ExportHeader parse(byte[] line) throws MalformedLine {
        JsonNode root;
        try {
            root = ExportFormat.JSON.readTree(line);
        } catch (IOException e) {
            throw new MalformedLine("the first line is not a JSON header: " + ExportFormat.reason(e));
        }
        if (root == null || !root.isObject() || !root.path("export").isObject()) {
            throw new MalformedLine("the first line is not an export header: it has no \"export\" object");
        }
        var export = root.get("export");
        if (!ExportFormat.NAME.equals(export.path("format").asText(null))) {
            throw new MalformedLine("the file is not a " + ExportFormat.NAME + " (format " + export.path("format") + ")");
        }
        if (!export.path("version").isIntegralNumber() || export.get("version").asLong() != ExportFormat.VERSION) {
            throw new MalformedLine("unsupported export version " + export.path("version") + ": this verifier reads version "
                    + ExportFormat.VERSION);
        }
        ExportHeader header;
        try {
            header = new ExportHeader(RecordEncoding.parseTime(text(export, "createdAt")), text(export, "keyFingerprint"),
                    text(export, "publicKey"), AlgorithmSuite.named(text(export, "suite")), count(export, "treeSize"));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new MalformedLine("the header is malformed: " + e.getMessage());
        }
        if (!Arrays.equals(header.toJson(), line)) {
            throw new MalformedLine("the header is not in canonical form (RFC 8785, exactly the fields of version 1)");
        }
        return header;
    }

    static String text(JsonNode object, String field) throws MalformedLine {
        var value = object.get(field);
        if (value == null || !value.isTextual()) {
            throw new MalformedLine("the header's \"" + field + "\" is missing or not a string");
        }
        return value.textValue();
    }

    static long count(JsonNode object, String field) throws MalformedLine {
        var value = object.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new MalformedLine("the header's \"" + field + "\" is missing or not a count");
        }
        return value.longValue();
    }
}
