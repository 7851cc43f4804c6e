package org.scfledger.commands.financing;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.rules.RuleViolation;

/** Loading a financing for a service; one that was never requested is refused {@code financing-not-found}. */
final class Financings {

    private Financings() {
    }

    static Aggregate<Financing> load(Repository<Financing> financings, FinancingId financingId) {
        try {
            return financings.load(financingId.toString());
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation("financing-not-found", "there is no financing " + financingId);
        }
    }
}
