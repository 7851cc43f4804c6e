package org.scfledger.core.journal.export;

import static org.scfledger.core.journal.export.ExportFormat.CHECKPOINT_END;
import static org.scfledger.core.journal.export.ExportFormat.CHECKPOINT_START;
import static org.scfledger.core.journal.export.ExportFormat.SIGNATURE_KEY;
import static org.scfledger.core.journal.export.ExportFormat.regionEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.Arrays;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.RecordEncoding;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.Hex;

/** A checkpoint line: the signed bytes exactly as they stand in it, and the checkpoint they spell. */
record CheckpointLine(byte[] signedBytes, Checkpoint checkpoint) {

    static boolean looksLikeOne(byte[] bytes, int start, int end) {
        return ExportFormat.startsWith(bytes, start, end, CHECKPOINT_START);
    }

    static CheckpointLine parse(byte[] line) throws MalformedLine {
        int end = line.length;
        if (!looksLikeOne(line, 0, end) || !regionEquals(line, end - CHECKPOINT_END.length, CHECKPOINT_END)) {
            throw new MalformedLine("the line is not a checkpoint line");
        }
        int signatureHex = end - CHECKPOINT_END.length;
        while (signatureHex > 0 && line[signatureHex - 1] != '"') {
            signatureHex--;
        }
        int signatureKey = signatureHex - SIGNATURE_KEY.length;
        int signatureLength = end - CHECKPOINT_END.length - signatureHex;
        if (signatureKey <= CHECKPOINT_START.length || !regionEquals(line, signatureKey, SIGNATURE_KEY) || signatureLength == 0
                || signatureLength % 2 != 0 || !HexText.isLowercaseHex(line, signatureHex, signatureLength)) {
            throw new MalformedLine("the checkpoint line does not end with a lowercase hex \"signature\"");
        }
        byte[] signedBytes = Arrays.copyOfRange(line, CHECKPOINT_START.length, signatureKey);
        var checkpoint = checkpoint(signedBytes, HexText.decode(line, signatureHex, signatureLength));
        if (!Arrays.equals(checkpoint.signedBytes(), signedBytes)) {
            throw new MalformedLine("the checkpoint is not in canonical form (RFC 8785, exactly the checkpoint's fields)");
        }
        return new CheckpointLine(signedBytes, checkpoint);
    }

    private static Checkpoint checkpoint(byte[] signedBytes, byte[] signature) throws MalformedLine {
        JsonNode fields;
        try {
            fields = ExportFormat.JSON.readTree(signedBytes);
        } catch (IOException e) {
            throw new MalformedLine("the checkpoint is not JSON: " + ExportFormat.reason(e));
        }
        if (fields == null || !fields.isObject()) {
            throw new MalformedLine("the checkpoint is not a JSON object");
        }
        try {
            return new Checkpoint(count(fields, "number"), count(fields, "treeSize"), hex(fields, "rootHash"),
                    hex(fields, "headHash"), RecordEncoding.parseTime(text(fields, "createdAt")),
                    AlgorithmSuite.named(text(fields, "suite")), text(fields, "keyFingerprint"), signature);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new MalformedLine("the checkpoint is malformed: " + e.getMessage());
        }
    }

    private static String text(JsonNode object, String field) throws MalformedLine {
        var value = object.get(field);
        if (value == null || !value.isTextual()) {
            throw new MalformedLine("the checkpoint's \"" + field + "\" is missing or not a string");
        }
        return value.textValue();
    }

    private static byte[] hex(JsonNode object, String field) throws MalformedLine {
        return Hex.decode(text(object, field));
    }

    private static long count(JsonNode object, String field) throws MalformedLine {
        var value = object.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new MalformedLine("the checkpoint's \"" + field + "\" is missing or not a count");
        }
        return value.longValue();
    }
}
