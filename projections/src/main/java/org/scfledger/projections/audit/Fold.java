package org.scfledger.projections.audit;

import java.util.Arrays;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.RecordEncoding;
import org.scfledger.core.journal.export.ExportedRecord;

/** The part of the ledger one replay folds: the aggregates it needs, and what it does with their records. */
interface Fold {

    Aggregates aggregates();

    void apply(JournalRecord record);

    /**
     * One aggregate, or every aggregate whose identifier starts with a prefix (identifiers carry their type's prefix,
     * such as "program:"); recognised from a record's first bytes, so that the other records are never parsed.
     */
    record Aggregates(String id, boolean prefixOnly, byte[] leadingBytes) {

        static Aggregates one(Object aggregateId) {
            String id = aggregateId.toString();
            return new Aggregates(id, false, RecordEncoding.aggregatePrefix(id));
        }

        static Aggregates allStartingWith(String prefix) {
            byte[] exact = RecordEncoding.aggregatePrefix(prefix);
            return new Aggregates(prefix, true, Arrays.copyOf(exact, exact.length - 2)); // without the closing '",'
        }

        boolean match(ExportedRecord record) {
            return record.startsWith(leadingBytes);
        }

        boolean match(JournalRecord record) {
            String aggregateId = record.aggregateId();
            return aggregateId != null && (prefixOnly ? aggregateId.startsWith(id) : aggregateId.equals(id));
        }
    }
}
