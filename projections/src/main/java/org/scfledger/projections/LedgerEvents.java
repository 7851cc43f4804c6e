package org.scfledger.projections;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.serialization.LedgerJson;

/** Turns a journal record back into the event it holds, with the ledger's own JSON. */
public final class LedgerEvents {

    private static final Serializer SERIALIZER = LedgerJson.serializer();

    private LedgerEvents() {
    }

    public static Object decode(JournalRecord record) {
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(record.payload(), byte[].class, record.eventType(),
                record.eventRevision()));
    }
}
