package org.scfledger.core.audit;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.export.SliceScope;

/**
 * Program aggregates in scope by the scope's own rule, and the financings whose first record names one of them. Only
 * sequence-0 records are ever decoded; every other record is decided by its aggregate's id. Remembers the ids admitted.
 */
final class ScopeTracker implements SliceScope.Tracker {

    /** Axon names an aggregate type after its class: the write side's {@code Program} and {@code Financing}. */
    static final String PROGRAM = "Program";
    static final String FINANCING = "Financing";

    private final Predicate<JournalRecord> programInScope;
    private final Set<String> programs;
    private final Set<String> financings = new HashSet<>();

    /** {@code programInScope} is asked about each program record until it says yes for that program. */
    ScopeTracker(Set<String> programs, Predicate<JournalRecord> programInScope) {
        this.programs = new HashSet<>(programs);
        this.programInScope = programInScope;
    }

    @Override
    public boolean admits(JournalRecord record) {
        String aggregate = record.aggregateId();
        if (aggregate == null) {
            return false;
        }
        if (PROGRAM.equals(record.aggregateType())) {
            if (!programs.contains(aggregate) && programInScope.test(record)) {
                programs.add(aggregate);
            }
            return programs.contains(aggregate);
        }
        if (FINANCING.equals(record.aggregateType())) {
            if (isFirst(record) && FirstRecords.financedProgram(record).filter(p -> programs.contains(p.toString())).isPresent()) {
                financings.add(aggregate);
            }
            return financings.contains(aggregate);
        }
        return false;
    }

    static boolean isFirst(JournalRecord record) {
        Long sequence = record.aggregateSequence();
        return sequence != null && sequence == 0;
    }
}
