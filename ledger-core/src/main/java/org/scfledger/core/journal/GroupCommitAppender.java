package org.scfledger.core.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.scfledger.crypto.MerkleAccumulator;
import org.scfledger.crypto.MerkleTree;
import org.scfledger.crypto.NodeCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends units of work to the journal by group commit: one writer thread takes every unit that is waiting
 * (up to a bound), and in one PostgreSQL transaction locks the chain head, assigns positions and
 * {@code prev_hash}, hashes, extends the Merkle tree, inserts and commits durably; then it completes each
 * unit. While one batch commits the next one gathers, so batches grow with load and cost no latency when idle.
 *
 * <p>A unit whose aggregate sequence is taken fails alone; the rest of its batch commits. Several appenders
 * (in one process or several) take turns on the head row, batch by batch, so the chain never forks.
 */
final class GroupCommitAppender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitAppender.class);
    private static final Duration OUTCOME_WAIT = Duration.ofSeconds(60);

    private final DataSource dataSource;
    private final JournalStore store;
    private final MerkleTree tree;
    private final int maxBatchEvents;
    private final BlockingQueue<Unit> waiting;
    private final Thread writer;
    private volatile boolean running = true;

    GroupCommitAppender(DataSource dataSource, JournalStore store, MerkleTree tree, int maxBatchEvents, int maxWaitingUnits) {
        this.dataSource = dataSource;
        this.store = store;
        this.tree = tree;
        this.maxBatchEvents = maxBatchEvents;
        this.waiting = new ArrayBlockingQueue<>(maxWaitingUnits);
        this.writer = new Thread(this::writeLoop, "journal-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Appends one unit of work atomically and returns its records once they are durable. */
    List<JournalRecord> append(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        var unit = new Unit(events);
        try {
            if (!running) {
                throw new EventStoreException("the journal is closed");
            }
            waiting.put(unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventStoreException("interrupted before the events were queued; nothing was written", e);
        }
        return awaitOutcome(unit);
    }

    private static List<JournalRecord> awaitOutcome(Unit unit) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    // Uninterruptible on purpose: once queued, the caller must learn whether the events were written.
                    return unit.outcome.get(OUTCOME_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new EventStoreException("the append failed", e.getCause());
                } catch (TimeoutException e) {
                    throw new EventStoreException("no outcome for the append within " + OUTCOME_WAIT + "; it may or may not be written", e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void writeLoop() {
        var batch = new ArrayList<Unit>();
        while (running || !waiting.isEmpty()) {
            try {
                Unit first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int events = first.events.size();
                Unit next;
                while (events < maxBatchEvents && (next = waiting.peek()) != null
                        && (events + next.events.size() <= maxBatchEvents)) {
                    batch.add(waiting.poll());
                    events += next.events.size();
                }
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error unexpected) {
                log.error("journal writer failed a batch of {} units", batch.size(), unexpected);
                batch.forEach(unit -> unit.outcome.completeExceptionally(
                        new EventStoreException("the journal could not write this batch: " + unexpected, unexpected)));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Unit> batch) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                JournalHead head = store.lockHead(connection);
                Set<SequenceKey> taken = store.takenSequences(connection, sequenceKeys(batch));
                Map<Unit, RuntimeException> refused = new HashMap<>();
                var accepted = new ArrayList<Unit>(batch.size());
                var claimed = new HashSet<SequenceKey>();
                for (Unit unit : batch) {
                    var keys = sequenceKeys(List.of(unit));
                    var conflict = keys.stream().filter(key -> taken.contains(key) || claimed.contains(key)).findFirst();
                    if (conflict.isPresent()) {
                        refused.put(unit, conflictFor(conflict.get()));
                    } else {
                        claimed.addAll(keys);
                        accepted.add(unit);
                    }
                }
                var chained = chain(head, accepted);
                store.insert(connection, chained.records, chained.nodes);
                store.moveHead(connection, chained.head);
                connection.commit();
                int offset = 0;
                for (Unit unit : accepted) {
                    unit.outcome.complete(List.copyOf(chained.records.subList(offset, offset + unit.events.size())));
                    offset += unit.events.size();
                }
                refused.forEach((unit, failure) -> unit.outcome.completeExceptionally(failure));
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            var failure = new EventStoreException("the journal could not write a batch of " + batch.size()
                    + " units of work; none of them was written: " + e.getMessage(), e);
            batch.forEach(unit -> unit.outcome.completeExceptionally(failure));
        }
    }

    private record Chained(List<JournalRecord> records, List<NodeCompleted> nodes, JournalHead head) {
    }

    private Chained chain(JournalHead head, List<Unit> accepted) {
        var accumulator = MerkleAccumulator.restore(tree, head.size(), head.frontier());
        var records = new ArrayList<JournalRecord>();
        var nodes = new ArrayList<NodeCompleted>();
        long position = head.size();
        byte[] prevHash = head.headHash();
        for (Unit unit : accepted) {
            for (PendingEvent event : unit.events) {
                byte[] hash = tree.hash().digest(event.encode(position, prevHash));
                records.add(event.chained(position, prevHash, hash));
                nodes.addAll(accumulator.append(tree.leafHash(hash)));
                prevHash = hash;
                position++;
            }
        }
        return new Chained(records, nodes, new JournalHead(position, prevHash, accumulator.frontier()));
    }

    private static RuntimeException conflictFor(SequenceKey key) {
        if (key.sequence() == 0) {
            return new AggregateStreamCreationException("Cannot reuse aggregate identifier [" + key.aggregateId()
                    + "] to create a new aggregate: identifiers must be unique");
        }
        return new ConcurrencyException("An event for aggregate [" + key.aggregateId() + "] at sequence ["
                + key.sequence() + "] was already inserted");
    }

    private static List<SequenceKey> sequenceKeys(List<Unit> units) {
        var keys = new ArrayList<SequenceKey>();
        for (Unit unit : units) {
            for (PendingEvent event : unit.events) {
                if (event.aggregateId() != null) {
                    keys.add(new SequenceKey(event.aggregateId(), event.aggregateSequence()));
                }
            }
        }
        return keys;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("rollback failed", e);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(OUTCOME_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One unit of work's events: all of them are written, or none. */
    private static final class Unit {
        final List<PendingEvent> events;
        final CompletableFuture<List<JournalRecord>> outcome = new CompletableFuture<>();

        Unit(List<PendingEvent> events) {
            this.events = events;
        }
    }
}
