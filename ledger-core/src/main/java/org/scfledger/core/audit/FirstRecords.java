package org.scfledger.core.audit;

import java.util.Optional;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.financing.FinancingEvent.FinancingRequestRefused;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramEvent.ProgramCreated;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.serialization.LedgerJson;

/** What an aggregate's first record says about its scope: a program's funder, a financing's program. */
final class FirstRecords {

    private static final Serializer SERIALIZER = LedgerJson.serializer();

    private FirstRecords() {
    }

    /** The funder of a program created by this record; empty for any other record. */
    static Optional<PartyId> programFunder(JournalRecord first) {
        return decode(first) instanceof ProgramCreated created ? Optional.of(created.funder()) : Optional.empty();
    }

    /** The program a financing opened by this record (requested, or refused) belongs to; empty for any other record. */
    static Optional<ProgramId> financedProgram(JournalRecord first) {
        Object event = decode(first);
        if (event instanceof FinancingRequested requested) {
            return Optional.of(requested.programId());
        }
        if (event instanceof FinancingRequestRefused refused) {
            return Optional.of(refused.programId());
        }
        return Optional.empty();
    }

    /** The event, with the ledger's own JSON; null for a payload that is no event this ledger knows, which places nothing in scope. */
    private static @Nullable Object decode(JournalRecord record) {
        try {
            return SERIALIZER.deserialize(new SimpleSerializedObject<>(record.payload(), byte[].class, record.eventType(),
                    record.eventRevision()));
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}
