package org.scfledger.projections.live;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jspecify.annotations.Nullable;
import org.scfledger.projections.live.ReadModelStore.Row;

/**
 * Applies every read model's fold to each event the processor delivers, and writes the entities a batch changed in
 * the batch's transaction (with the processor's token). An entity whose row already holds the event's position or a
 * later one is left alone: redelivery changes nothing. Recently used states stay in memory between batches; the
 * others a batch needs are read when it starts, in one query per table.
 */
public final class LiveProjector {

    private static final String BATCH = LiveProjector.class.getName() + ".batch";
    private static final int CACHED_PER_TABLE = 10_000;
    private static final int PARALLEL_DECODING = 1_000;

    private final JdbcTransactions transactions;
    private final List<LiveTable<?>> tables;
    private final Map<LiveTable<?>, Map<String, Row<?>>> cache = new LinkedHashMap<>();

    public LiveProjector(JdbcTransactions transactions, List<LiveTable<?>> tables) {
        this.transactions = transactions;
        this.tables = List.copyOf(tables);
        this.tables.forEach(table -> cache.put(table, lru()));
    }

    @EventHandler
    void on(EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException("A token without position: " + token));
        Batch batch = batch();
        for (LiveTable<?> table : tables) {
            batch.apply(table, position, message.getPayload());
        }
    }

    /** A reset (rebuild) empties the tables, in the reset's own transaction, before the processor replays. */
    @ResetHandler
    void onReset() {
        cache.values().forEach(Map::clear);
        try {
            ReadModelStore.truncate(transactions.current(), tables);
        } catch (SQLException e) {
            throw new ReadModelAccessException("could not empty the read models", e);
        }
    }

    private Batch batch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            Batch batch = new Batch();
            root.onPrepareCommit(uow -> batch.flush());
            root.onRollback(uow -> cache.values().forEach(Map::clear));
            if (root instanceof BatchingUnitOfWork<?> messages) {
                batch.prefetch(messages.getMessages());
            }
            return batch;
        });
    }

    private static Map<String, Row<?>> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Row<?>> eldest) {
                return size() > CACHED_PER_TABLE;
            }
        };
    }

    /** The entities one batch changed, written once each when it commits. */
    private final class Batch {

        private final Map<LiveTable<?>, Map<String, Row<?>>> changed = new LinkedHashMap<>();
        /** Rows read at the batch's start for the entities its events name that were not cached; null: no row. */
        private final Map<LiveTable<?>, Map<String, @Nullable Row<?>>> prefetched = new HashMap<>();

        /**
         * Reads, in one query per table, every entity the batch's events change that is not in memory, instead of one
         * query per entity as the events come: what {@link #current} would read, in the same transaction.
         */
        void prefetch(List<? extends Message<?>> messages) {
            // A large batch's payloads are decoded here, two at a time (each message by one thread; Axon keeps the
            // result); a small one's one after the other, below.
            if (messages.size() >= PARALLEL_DECODING) {
                messages.parallelStream().forEach(message -> {
                    try {
                        message.getPayload();
                    } catch (RuntimeException unreadable) {
                        // fails again, on its own, when the processor hands it over
                    }
                });
            }
            for (LiveTable<?> table : tables) {
                Map<String, Row<?>> cached = cache.get(table);
                Set<String> missing = new LinkedHashSet<>();
                for (Message<?> message : messages) {
                    Object event;
                    try {
                        event = message.getPayload();
                    } catch (RuntimeException unreadable) {
                        continue; // fails again, on its own, when the processor hands it over
                    }
                    for (String key : table.model().keysOf(event)) {
                        if (!cached.containsKey(key)) {
                            missing.add(key);
                        }
                    }
                }
                if (missing.isEmpty()) {
                    continue;
                }
                try {
                    Map<String, @Nullable Row<?>> rows = new HashMap<>(ReadModelStore.loadAll(transactions.current(), table, missing));
                    missing.forEach(key -> rows.putIfAbsent(key, null));
                    prefetched.put(table, rows);
                } catch (SQLException e) {
                    throw new ReadModelAccessException("could not read " + table.table(), e);
                }
            }
        }

        <S> void apply(LiveTable<S> table, long position, Object event) {
            for (String key : table.model().keysOf(event)) {
                Optional<Row<S>> current = current(table, key);
                if (current.isPresent() && current.get().lastPosition() >= position) {
                    continue; // already applied: a redelivery
                }
                S next = table.model().apply(current.map(Row::state).orElse(null), event);
                changed.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(key, new Row<>(next, position));
            }
        }

        @SuppressWarnings("unchecked")
        private <S> Optional<Row<S>> current(LiveTable<S> table, String key) {
            Map<String, Row<?>> changedRows = changed.get(table);
            @Nullable Row<?> row = changedRows != null && changedRows.containsKey(key) ? changedRows.get(key)
                    : cache.get(table).get(key);
            if (row != null) {
                return Optional.of((Row<S>) row);
            }
            Map<String, @Nullable Row<?>> read = prefetched.get(table);
            if (read != null && read.containsKey(key)) {
                return Optional.ofNullable((Row<S>) read.get(key));
            }
            try {
                return ReadModelStore.load(transactions.current(), table, key);
            } catch (SQLException e) {
                throw new ReadModelAccessException("could not read " + table.table() + " " + key, e);
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void flush() {
            try {
                for (var entry : changed.entrySet()) {
                    LiveTable table = entry.getKey();
                    ReadModelStore.save(transactions.current(), table, (List) List.copyOf(entry.getValue().entrySet()));
                    cache.get(table).putAll(entry.getValue());
                }
            } catch (SQLException e) {
                throw new ReadModelAccessException("could not write the read models", e);
            }
        }
    }
}
