package org.scfledger.core.journal.export;

import static org.scfledger.core.journal.export.ExportFormat.PROOF_END;
import static org.scfledger.core.journal.export.ExportFormat.PROOF_KEY;
import static org.scfledger.core.journal.export.ExportFormat.RECORD_START;
import static org.scfledger.core.journal.export.ExportFormat.regionEquals;

import java.util.ArrayList;
import java.util.List;

/**
 * A slice's record line, {@code {"hash":"<hex>","proof":["<hex>",…],"record":{…}}}, read without a JSON parser: the
 * proof's hashes stand at fixed steps after its opening bracket, and the record is read by its tail as in an export.
 */
record SliceRecordLine(RecordLine record, int proofStart, int proofLength) {

    /** An audit path has one hash per level of the tree: never more than 63 for a 63-bit position. */
    static final int MAX_PROOF_HASHES = 63;

    static SliceRecordLine parse(byte[] bytes, int start, int end, int hexLength) throws MalformedLine {
        int hashHex = start + RECORD_START.length;
        int proofStart = hashHex + hexLength + PROOF_KEY.length;
        if (end <= proofStart || !regionEquals(bytes, start, RECORD_START)) {
            throw new MalformedLine("the line is not a slice record line");
        }
        if (!HexText.isLowercaseHex(bytes, hashHex, hexLength) || !regionEquals(bytes, hashHex + hexLength, PROOF_KEY)) {
            throw new MalformedLine("the record line does not begin with a " + hexLength + "-digit lowercase hex hash and a \"proof\"");
        }
        int at = proofStart;
        int length = 0;
        // Each hash is '"' + hex + '"', followed by ',' and the next or by the closing bracket; an empty proof is "[]".
        if (bytes[at] == '"') {
            while (true) {
                if (length == MAX_PROOF_HASHES) {
                    throw new MalformedLine("the proof has more than " + MAX_PROOF_HASHES + " hashes");
                }
                if (end - at < hexLength + 3 || bytes[at] != '"'
                        || !HexText.isLowercaseHex(bytes, at + 1, hexLength) || bytes[at + 1 + hexLength] != '"') {
                    throw new MalformedLine("the proof's hash " + (length + 1) + " is not " + hexLength + " lowercase hex digits");
                }
                length++;
                at += hexLength + 2;
                if (bytes[at] != ',') {
                    break;
                }
                at++;
            }
        }
        if (at + PROOF_END.length > end || !regionEquals(bytes, at, PROOF_END)) {
            throw new MalformedLine("the record line's \"proof\" is not a list of " + hexLength + "-digit lowercase hex hashes");
        }
        return new SliceRecordLine(RecordLine.withRecordAt(bytes, hashHex, at + PROOF_END.length, end, hexLength), proofStart, length);
    }

    /** The audit path's hashes, leaf to root. */
    List<byte[]> proof(byte[] bytes, int hexLength) {
        var path = new ArrayList<byte[]>(proofLength);
        for (int i = 0; i < proofLength; i++) {
            path.add(HexText.decode(bytes, proofStart + 1 + i * (hexLength + 3), hexLength));
        }
        return path;
    }
}
