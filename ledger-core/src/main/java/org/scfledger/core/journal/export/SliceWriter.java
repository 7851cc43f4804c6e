package org.scfledger.core.journal.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.RecordEncoding;
import org.scfledger.crypto.Hex;

/**
 * Writes a slice's lines, each ended by a line feed: what it is given, a record's stored hash included, so that the
 * verifier is what judges. Buffered: {@link #flush()} at the end.
 */
final class SliceWriter {

    private static final int BUFFER_BYTES = 1 << 16;

    private final OutputStream out;

    SliceWriter(OutputStream out) {
        this.out = new BufferedOutputStream(out, BUFFER_BYTES);
    }

    void header(SliceHeader header) throws IOException {
        out.write(header.toJson());
        out.write('\n');
    }

    void checkpoint(Checkpoint anchor) throws IOException {
        ExportWriter.checkpoint(out, anchor);
    }

    /** {@code {"hash":"<hex>","proof":["<hex>",…],"record":<the record's canonical encoding>}} */
    void record(JournalRecord record, List<byte[]> proof) throws IOException {
        out.write(ExportFormat.RECORD_START);
        out.write(ExportFormat.ascii(Hex.encode(record.hash())));
        out.write(ExportFormat.PROOF_KEY);
        for (int i = 0; i < proof.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.write(ExportFormat.ascii(Hex.encode(proof.get(i))));
            out.write('"');
        }
        out.write(ExportFormat.PROOF_END);
        out.write(RecordEncoding.encode(record));
        out.write('}');
        out.write('\n');
    }

    void flush() throws IOException {
        out.flush();
    }
}
