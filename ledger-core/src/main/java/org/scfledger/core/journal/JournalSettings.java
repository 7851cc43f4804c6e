package org.scfledger.core.journal;

import org.scfledger.crypto.AlgorithmSuite;

/**
 * How a journal runs. Every size is bounded.
 *
 * @param suite           the algorithm suite a new ledger is created with (an existing one keeps its own)
 * @param maxBatchEvents  most events in one group commit
 * @param maxWaitingUnits most units of work queued for the writer; appenders wait beyond that
 * @param readBatchSize   records fetched per query when streaming
 */
public record JournalSettings(AlgorithmSuite suite, int maxBatchEvents, int maxWaitingUnits, int readBatchSize) {

    public static JournalSettings defaults() {
        return new JournalSettings(AlgorithmSuite.defaultSuite(), 2_000, 10_000, 1_000);
    }

    public JournalSettings {
        if (maxBatchEvents < 1 || maxWaitingUnits < 1 || readBatchSize < 1) {
            throw new IllegalArgumentException("journal bounds must be positive");
        }
    }

    public JournalSettings withSuite(AlgorithmSuite suite) {
        return new JournalSettings(suite, maxBatchEvents, maxWaitingUnits, readBatchSize);
    }

    public JournalSettings withReadBatchSize(int readBatchSize) {
        return new JournalSettings(suite, maxBatchEvents, maxWaitingUnits, readBatchSize);
    }
}
