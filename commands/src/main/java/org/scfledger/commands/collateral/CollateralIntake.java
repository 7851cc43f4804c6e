package org.scfledger.commands.collateral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventSequenceAware;
import org.axonframework.modelling.command.Repository;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.PledgeCollateral;
import org.scfledger.core.rules.RuleViolation;

/**
 * Pledges a collateral item, once, ever: its id is the aggregate id, so a second creation is refused by the journal
 * on every instance; this service says so with a rule code when the first is already written (ADR 0003, point 3).
 */
public final class CollateralIntake {

    private final Repository<Collateral> collaterals;
    private final DomainEventSequenceAware journal;

    public CollateralIntake(Repository<Collateral> collaterals, DomainEventSequenceAware journal) {
        this.collaterals = collaterals;
        this.journal = journal;
    }

    @CommandHandler
    public CollateralId pledge(PledgeCollateral command) throws Exception {
        CollateralId collateralId = command.collateralId();
        if (journal.lastSequenceNumberFor(collateralId.toString()).isPresent()) {
            throw new RuleViolation("collateral-already-pledged", "collateral " + collateralId
                    + " was pledged before: an id is pledged once, ever");
        }
        collaterals.newInstance(() -> new Collateral(command));
        return collateralId;
    }
}
