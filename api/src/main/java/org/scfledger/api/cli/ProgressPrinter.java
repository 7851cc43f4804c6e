package org.scfledger.api.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.scfledger.core.journal.export.ExportProgress;

/** Progress on stderr for long runs: every million records or every two seconds, whichever comes first. */
final class ProgressPrinter implements ExportProgress {

    private static final long RECORDS_BETWEEN_LINES = 1_000_000;
    private static final long NANOS_BETWEEN_LINES = 2_000_000_000L;

    private final PrintWriter err;
    private final String verb;
    private long printedRecords;
    private long printedAt = System.nanoTime();

    ProgressPrinter(PrintWriter err, String verb) {
        this.err = err;
        this.verb = verb;
    }

    @Override
    public void update(long records, long totalRecords) {
        long now = System.nanoTime();
        if (records >= totalRecords || (records - printedRecords < RECORDS_BETWEEN_LINES && now - printedAt < NANOS_BETWEEN_LINES)) {
            return; // the summary reports the end
        }
        err.println(String.format(Locale.ROOT, "%s %,d of %,d records (%d%%)", verb, records, totalRecords, records * 100 / totalRecords));
        err.flush();
        printedRecords = records;
        printedAt = now;
    }
}
