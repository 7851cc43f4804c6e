package org.scfledger.api.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.export.ExportProgress;

/**
 * What an export job is to write, decided when it is asked for: its kind (the whole journal, or a slice of it) and
 * the slice's scope, the signed checkpoint it ends at, how much work that is (records to read), and the writer that
 * produces the file. The jobs run any plan alike: they only give the writer a file and keep its progress.
 */
public record ExportPlan(String kind, @Nullable String scope, long finalCheckpoint, long totalRecords, Writer writer) {

    /** The same file: a retried request gets the job already under way rather than a second one. */
    boolean writesTheSameAs(ExportPlan other) {
        return kind.equals(other.kind) && Objects.equals(scope, other.scope) && finalCheckpoint == other.finalCheckpoint;
    }

    /** Writes the export into {@code out}, telling {@code progress} how far it has come. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out, ExportProgress progress) throws IOException;
    }
}
