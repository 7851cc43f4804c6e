package org.scfledger.core.journal.export;

import org.scfledger.core.journal.JournalRecord;

/**
 * Which records a slice holds. The journal knows no business: the rule is the caller's (the ledger's is
 * {@code org.scfledger.core.audit.AuditScope}), and the same rule decides what the slicer writes and what the
 * verifier accepts.
 */
public interface SliceScope {

    /** The scope's canonical (RFC 8785) JSON object, as the slice's header holds it, e.g. {@code {"program":"G"}}. */
    String toJson();

    /** For people: "program G". */
    String describe();

    /** A fresh tracker, to be shown every record considered, in increasing position order. */
    Tracker tracker();

    /** Decides, record by record, what is in scope; may remember what earlier records placed in scope. */
    interface Tracker {

        /** True when {@code record} is in scope, given the records shown before it. */
        boolean admits(JournalRecord record);
    }

    /** Reads a scope back from a header's JSON; throws {@link IllegalArgumentException} for a scope it does not know. */
    @FunctionalInterface
    interface Parser {

        SliceScope parse(String json);
    }
}
