package org.scfledger.commands.pledge;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.scfledger.commands.program.LinesCounting;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.receivable.Receivable;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.receivable.RecordReceivableDue;

/**
 * A receivable that reaches its maturity unpaid stops counting on a credit line (DOMAIN.md: live while "not yet
 * due"): the receivable records it, and the line loses it, in one unit of work.
 */
public final class ReceivableMaturity {

    private final Repository<Receivable> receivables;
    private final Repository<Program> programs;

    public ReceivableMaturity(Repository<Receivable> receivables, Repository<Program> programs) {
        this.receivables = receivables;
        this.programs = programs;
    }

    @CommandHandler
    public void recordDue(RecordReceivableDue command) {
        Aggregate<Receivable> receivable = AssetPledging.load(receivables, command.receivableId().value(), "receivable-not-found",
                "there is no receivable " + command.receivableId());
        PartyId holder = receivable.invoke(Receivable::holder);
        var encumbrance = receivable.invoke(r -> r.fallDue(command));
        if (encumbrance != null) {
            LinesCounting.removeIfCounted(programs, encumbrance, holder, command.receivableId().toString(), AssetRemovalReason.EXPIRED,
                    command.businessDate(), command.actingParty());
        }
    }
}
