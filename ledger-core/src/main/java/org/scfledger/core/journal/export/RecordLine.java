package org.scfledger.core.journal.export;

import static org.scfledger.core.journal.export.ExportFormat.POSITION_KEY;
import static org.scfledger.core.journal.export.ExportFormat.PREV_HASH_KEY;
import static org.scfledger.core.journal.export.ExportFormat.RECORD_END;
import static org.scfledger.core.journal.export.ExportFormat.RECORD_MIDDLE;
import static org.scfledger.core.journal.export.ExportFormat.RECORD_START;
import static org.scfledger.core.journal.export.ExportFormat.regionEquals;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.scfledger.crypto.Hex;

/**
 * A record line read without a JSON parser: the hash after a fixed prefix, and position and prevHash from the
 * fixed tail the record encoding ends with. Offsets point into the line's bytes; the record's own bytes are
 * {@code [recordStart, recordEnd)}. Whatever lies between is authenticated by the hash chain, not parsed.
 */
record RecordLine(int hashHex, int recordStart, int recordEnd, int positionKey, long position, int prevHashHex) {

    private static final int MAX_POSITION_DIGITS = 19;

    /** Reads {@code bytes[start, end)}, a line without its line feed, for a suite with {@code hexLength}-digit hashes. */
    static RecordLine parse(byte[] bytes, int start, int end, int hexLength) throws MalformedLine {
        int recordStart = start + RECORD_START.length + hexLength + RECORD_MIDDLE.length;
        int shortest = recordStart + 1 + POSITION_KEY.length + 1 + PREV_HASH_KEY.length + hexLength + RECORD_END.length + 1;
        if (end < shortest || !regionEquals(bytes, start, RECORD_START)) {
            throw new MalformedLine("the line is not a record line");
        }
        int hashHex = start + RECORD_START.length;
        if (!HexText.isLowercaseHex(bytes, hashHex, hexLength) || !regionEquals(bytes, hashHex + hexLength, RECORD_MIDDLE)) {
            throw new MalformedLine("the record line does not begin with a " + hexLength + "-digit lowercase hex hash");
        }
        return withRecordAt(bytes, hashHex, recordStart, end, hexLength);
    }

    /**
     * Reads the record that runs from {@code recordStart} to the line's last byte but one (the line's closing brace), by
     * its fixed tail; {@code hashHex} is where the line's hash stands. Shared by export and slice record lines.
     */
    static RecordLine withRecordAt(byte[] bytes, int hashHex, int recordStart, int end, int hexLength) throws MalformedLine {
        int shortest = recordStart + 1 + POSITION_KEY.length + 1 + PREV_HASH_KEY.length + hexLength + RECORD_END.length + 1;
        if (end < shortest) {
            throw new MalformedLine("the record line does not hold one record object");
        }
        int recordEnd = end - 1;
        if (bytes[recordStart] != '{' || bytes[recordEnd] != '}' || !regionEquals(bytes, recordEnd - RECORD_END.length, RECORD_END)) {
            throw new MalformedLine("the record line does not hold one record object");
        }
        int prevHashHex = recordEnd - RECORD_END.length - hexLength;
        int digitsEnd = prevHashHex - PREV_HASH_KEY.length;
        if (!HexText.isLowercaseHex(bytes, prevHashHex, hexLength) || !regionEquals(bytes, digitsEnd, PREV_HASH_KEY)) {
            throw new MalformedLine("the record does not end with a " + hexLength + "-digit lowercase hex \"prevHash\"");
        }
        int digitsStart = digitsEnd;
        while (digitsStart > recordStart && bytes[digitsStart - 1] >= '0' && bytes[digitsStart - 1] <= '9') {
            digitsStart--;
        }
        int digits = digitsEnd - digitsStart;
        int positionKey = digitsStart - POSITION_KEY.length;
        if (digits == 0 || digits > MAX_POSITION_DIGITS || (digits > 1 && bytes[digitsStart] == '0')
                || positionKey <= recordStart || !regionEquals(bytes, positionKey, POSITION_KEY)) {
            throw new MalformedLine("the record's next-to-last field is not \"position\" with a whole number");
        }
        long position = 0;
        try {
            for (int i = digitsStart; i < digitsEnd; i++) {
                position = Math.addExact(Math.multiplyExact(position, 10), bytes[i] - '0');
            }
        } catch (ArithmeticException tooLarge) {
            throw new MalformedLine("the record's position is out of range");
        }
        return new RecordLine(hashHex, recordStart, recordEnd, positionKey, position, prevHashHex);
    }

    /** Parses a line of its own (a copy, for the failure path). */
    static RecordLine parse(byte[] line, int hexLength) throws MalformedLine {
        return parse(line, 0, line.length, hexLength);
    }

    byte[] claimedHash(byte[] line) {
        return HexText.decode(line, hashHex, hexLength());
    }

    byte[] prevHash(byte[] line) {
        return HexText.decode(line, prevHashHex, hexLength());
    }

    byte[] recordBytes(byte[] line) {
        return Arrays.copyOfRange(line, recordStart, recordEnd);
    }

    /** The record's bytes as they would be had it been written at {@code otherPosition} after {@code otherPrevHash}. */
    byte[] recordBytesAt(byte[] line, long otherPosition, byte[] otherPrevHash) {
        var out = new ByteArrayOutputStream(recordEnd - recordStart + 32);
        out.write(line, recordStart, positionKey - recordStart);
        out.writeBytes(POSITION_KEY);
        out.writeBytes(ExportFormat.ascii(Long.toString(otherPosition)));
        out.writeBytes(PREV_HASH_KEY);
        out.writeBytes(ExportFormat.ascii(Hex.encode(otherPrevHash)));
        out.writeBytes(RECORD_END);
        return out.toByteArray();
    }

    private int hexLength() {
        return recordEnd - RECORD_END.length - prevHashHex;
    }
}
