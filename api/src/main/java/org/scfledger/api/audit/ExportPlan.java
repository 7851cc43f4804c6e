package org.scfledger.api.audit;

import java.io.IOException;
import java.io.OutputStream;
import org.scfledger.core.journal.export.ExportProgress;

/**
 * What an export job is to write, decided when it is asked for: its kind (the whole journal now; slices of it later),
 * the signed checkpoint it ends at, how many records that is, and the writer that produces the file. The jobs run
 * any plan alike: they only give the writer a file and keep its progress.
 */
public record ExportPlan(String kind, long finalCheckpoint, long totalRecords, Writer writer) {

    /** Writes the export into {@code out}, telling {@code progress} how far it has come. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out, ExportProgress progress) throws IOException;
    }
}
