package org.scfledger.core.journal.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The fixed parts of an export's and a slice's lines (docs/journal-format.md), shared by the writers and the verifiers. */
final class ExportFormat {

    static final String NAME = "scfledger-journal-export";
    static final int VERSION = 1;

    static final byte[] HEADER_START = ascii("{\"export\":");
    static final byte[] RECORD_START = ascii("{\"hash\":\"");
    static final byte[] RECORD_MIDDLE = ascii("\",\"record\":");
    static final byte[] POSITION_KEY = ascii(",\"position\":");
    static final byte[] PREV_HASH_KEY = ascii(",\"prevHash\":\"");
    static final byte[] RECORD_END = ascii("\"}");
    static final byte[] CHECKPOINT_START = ascii("{\"checkpoint\":");
    static final byte[] SIGNATURE_KEY = ascii(",\"signature\":\"");
    static final byte[] CHECKPOINT_END = ascii("\"}");

    static final String SLICE_NAME = "scfledger-journal-slice";
    static final int SLICE_VERSION = 1;
    static final byte[] SLICE_HEADER_START = ascii("{\"slice\":");
    /** A slice's record line: the hash as in an export, then the inclusion proof, then the record. */
    static final byte[] PROOF_KEY = ascii("\",\"proof\":[");
    static final byte[] PROOF_END = ascii("],\"record\":");

    /** Only the small header and checkpoint lines are parsed as JSON; duplicate keys are an error, not "last wins". */
    static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ExportFormat() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A JSON parse error without Jackson's source excerpt, which could quote a whole line back. */
    static String reason(IOException parseError) {
        return parseError instanceof JsonProcessingException json ? json.getOriginalMessage() : String.valueOf(parseError.getMessage());
    }

    static boolean startsWith(byte[] bytes, int start, int end, byte[] prefix) {
        return end - start >= prefix.length && regionEquals(bytes, start, prefix);
    }

    static boolean regionEquals(byte[] bytes, int at, byte[] expected) {
        if (at < 0 || at + expected.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
