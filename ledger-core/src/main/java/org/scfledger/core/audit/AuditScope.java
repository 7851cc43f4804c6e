package org.scfledger.core.audit;

import java.util.Set;
import org.scfledger.core.journal.export.SliceScope;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;

/**
 * The records an auditor of one program, or of one funder, may see: the program aggregates in scope and every
 * financing whose first record names one of them. A program's slice is exactly what replaying its credit lines and
 * its financings' repayment positions needs: member lines fold only the program aggregate's events, and a financing's
 * position only its own.
 */
public sealed interface AuditScope extends SliceScope {

    /** Program {@code program}'s aggregate and its financings. */
    record OfProgram(ProgramId program) implements AuditScope {

        @Override
        public String toJson() {
            return ScopeJson.write("program", program.value());
        }

        @Override
        public String describe() {
            return "program " + program.value();
        }

        @Override
        public Tracker tracker() {
            String aggregate = program.toString();
            return new ScopeTracker(Set.of(aggregate), record -> aggregate.equals(record.aggregateId()));
        }
    }

    /** Every program whose funder is {@code funder}, and their financings. */
    record OfFunder(PartyId funder) implements AuditScope {

        @Override
        public String toJson() {
            return ScopeJson.write("funder", funder.value());
        }

        @Override
        public String describe() {
            return "funder " + funder.value();
        }

        @Override
        public Tracker tracker() {
            return new ScopeTracker(Set.of(), record -> ScopeTracker.isFirst(record)
                    && FirstRecords.programFunder(record).filter(funder::equals).isPresent());
        }
    }

    static AuditScope program(String programId) {
        return new OfProgram(ProgramId.of(programId));
    }

    static AuditScope funder(String partyId) {
        return new OfFunder(PartyId.of(partyId));
    }

    /** Reads {@code {"program":"G"}} or {@code {"funder":"F"}}; throws {@link IllegalArgumentException} for anything else. */
    static AuditScope parse(String json) {
        return ScopeJson.read(json);
    }
}
