package org.scfledger.commands.financing;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.scfledger.commands.receivable.Receivable;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.rules.RuleViolation;

/**
 * Loads a receivable for a financing service, and sends it a command (encumber, release) inside the caller's unit of
 * work through the receivable's own command handler, as {@link Programs} does for the program.
 */
final class Receivables {

    private Receivables() {
    }

    static Aggregate<Receivable> load(Repository<Receivable> receivables, ReceivableId receivableId) {
        try {
            return receivables.load(receivableId.value());
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation("receivable-not-found", "there is no receivable " + receivableId);
        }
    }

    static void send(Repository<Receivable> receivables, ReceivableId receivableId, Object command) {
        try {
            load(receivables, receivableId).handle(GenericCommandMessage.asCommandMessage(command));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("receivable " + receivableId + " failed to handle " + command, e);
        }
    }
}
