package org.scfledger.core.journal.export;

/** Told now and then how far an export or a verification has come; called on the working thread. */
@FunctionalInterface
public interface ExportProgress {

    void update(long records, long totalRecords);

    static ExportProgress none() {
        return (records, totalRecords) -> {
        };
    }
}
