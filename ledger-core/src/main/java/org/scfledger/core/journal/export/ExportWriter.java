package org.scfledger.core.journal.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.RecordEncoding;
import org.scfledger.crypto.Hex;

/**
 * Writes an export's lines, each ended by a line feed. It writes what it is given, true or not: a record's
 * stored hash, not a recomputed one, so that the verifier is what judges. Buffered: {@link #flush()} at the end.
 */
public final class ExportWriter {

    private static final int BUFFER_BYTES = 1 << 16;

    private final OutputStream out;

    public ExportWriter(OutputStream out) {
        this.out = new BufferedOutputStream(out, BUFFER_BYTES);
    }

    public void header(ExportHeader header) throws IOException {
        out.write(header.toJson());
        out.write('\n');
    }

    /** {@code {"hash":"<hex>","record":<the record's canonical encoding>}} */
    public void record(JournalRecord record) throws IOException {
        out.write(ExportFormat.RECORD_START);
        out.write(ExportFormat.ascii(Hex.encode(record.hash())));
        out.write(ExportFormat.RECORD_MIDDLE);
        out.write(RecordEncoding.encode(record));
        out.write('}');
        out.write('\n');
    }

    /** {@code {"checkpoint":<its signed bytes>,"signature":"<hex>"}} */
    public void checkpoint(Checkpoint checkpoint) throws IOException {
        checkpoint(out, checkpoint);
    }

    /** A checkpoint line, the same in an export and a slice. */
    static void checkpoint(OutputStream out, Checkpoint checkpoint) throws IOException {
        out.write(ExportFormat.CHECKPOINT_START);
        out.write(checkpoint.signedBytes());
        out.write(ExportFormat.SIGNATURE_KEY);
        out.write(ExportFormat.ascii(Hex.encode(checkpoint.signature())));
        out.write(ExportFormat.CHECKPOINT_END);
        out.write('\n');
    }

    public void flush() throws IOException {
        out.flush();
    }
}
