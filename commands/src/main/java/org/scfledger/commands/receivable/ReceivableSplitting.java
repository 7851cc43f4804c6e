package org.scfledger.commands.receivable;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartCreated;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.SplitReceivable;

/**
 * Splits a receivable and creates its parts in one unit of work: the journal gets the parent's {@code ReceivableSplit} and
 * every part's {@code ReceivablePartCreated}, or nothing (ADR 0003, point 2). Returns the parts' ids, in the order asked.
 */
public final class ReceivableSplitting {

    private final Repository<Receivable> receivables;

    public ReceivableSplitting(Repository<Receivable> receivables) {
        this.receivables = receivables;
    }

    @CommandHandler
    public List<ReceivableId> split(SplitReceivable command) throws Exception {
        List<ReceivablePartCreated> parts = receivables.load(command.receivableId().value()).invoke(parent -> parent.split(command));
        for (ReceivablePartCreated part : parts) {
            receivables.newInstance(() -> new Receivable(part));
        }
        return parts.stream().map(ReceivablePartCreated::receivableId).toList();
    }
}
