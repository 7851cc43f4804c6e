package org.scfledger.commands.financing;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.scfledger.core.program.ProgramEvent.ProgramCreated;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.rules.RuleViolation;

/**
 * A program's funder, pricing and maximum tenor, which no command changes after creation: read from the program's
 * first event (one indexed read from sequence 0, no snapshot, no replay of the program's history).
 */
final class ProgramTerms {

    private final EventStore journal;

    ProgramTerms(EventStore journal) {
        this.journal = journal;
    }

    ProgramCreated of(ProgramId programId) {
        DomainEventStream events = journal.readEvents(programId.toString(), 0);
        if (events.hasNext() && events.next().getPayload() instanceof ProgramCreated created) {
            return created;
        }
        throw new RuleViolation("program-not-found", "there is no program " + programId);
    }
}
