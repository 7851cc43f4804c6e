package org.scfledger.projections.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.projections.FoldedLedger;
import org.scfledger.projections.LedgerEvents;
import org.scfledger.projections.ReadModel;

/**
 * One aggregate's state by one read model's fold (a program's line, a financing), every event of it being evidence.
 *
 * @param <S> the read model's state
 */
final class AggregateFold<S> implements Fold {

    private final String aggregateId;
    private final ReadModel<S> model;
    private final Function<Object, Evidence.Role> role;
    private final Aggregates aggregates;
    private final FoldedLedger folded;
    private final List<Evidence> evidence = new ArrayList<>();

    /** {@code role} says how each event bears on the aggregate's view. */
    AggregateFold(Object aggregateId, ReadModel<S> model, Function<Object, Evidence.Role> role) {
        this.aggregateId = aggregateId.toString();
        this.model = model;
        this.role = role;
        this.aggregates = Aggregates.one(aggregateId);
        this.folded = new FoldedLedger(List.of(model));
    }

    @Override
    public Aggregates aggregates() {
        return aggregates;
    }

    @Override
    public void apply(JournalRecord record) {
        Object event = LedgerEvents.decode(record);
        folded.apply(record.position(), event);
        evidence.add(Evidence.of(record, event, role.apply(event)));
    }

    /** The aggregate's state; null when it did not exist yet. */
    @Nullable S state() {
        return folded.get(model, aggregateId);
    }

    List<Evidence> evidence() {
        return List.copyOf(evidence);
    }
}
