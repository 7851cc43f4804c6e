package org.scfledger.core.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.jspecify.annotations.Nullable;
import org.scfledger.crypto.MerkleAccumulator;
import org.scfledger.crypto.MerkleTree;
import org.scfledger.crypto.NodeCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends units of work to the journal by group commit: one writer thread takes every unit that is waiting
 * (up to a bound), gives them positions after the chain head, hashes them, extends the Merkle tree and writes
 * them all with one durable commit; then it completes each unit. While one batch commits the next one gathers,
 * so batches grow with load and cost no latency when idle.
 *
 * <p>Fast path: the writer remembers the head it left, and one auto-commit statement appends the batch only if
 * the head is still there (one round trip). Slow path, when that fails or nothing is remembered: lock the head
 * row, look up which aggregate sequences are taken, refuse exactly the units that collide, append the rest.
 * Several appenders (in one process or several) thus take turns on the head, and the chain never forks.
 */
final class GroupCommitAppender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitAppender.class);
    private static final Duration OUTCOME_WAIT = Duration.ofSeconds(60);
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final JournalStore store;
    private final MerkleTree tree;
    private final int maxBatchEvents;
    private final BlockingQueue<Unit> waiting;
    private final Thread writer;
    private volatile boolean running = true;
    private @Nullable JournalHead lastHead; // the head as this writer left it; touched by the writer thread only

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
        if (!running) {
            throw new EventStoreException("the journal is closed; nothing was written");
        }
        try {
            waiting.put(unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventStoreException("interrupted before the events were queued; nothing was written", e);
        }
        if (!running && waiting.remove(unit)) {
            // Closed while queueing, and no writer will take it now.
            throw new EventStoreException("the journal is closed; nothing was written");
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
                while ((next = waiting.peek()) != null && events + next.events.size() <= maxBatchEvents) {
                    batch.add(waiting.poll());
                    events += next.events.size();
                }
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error unexpected) {
                log.error("journal writer failed a batch of {} units", batch.size(), unexpected);
                lastHead = null;
                fail(batch, new EventStoreException("the journal could not write this batch: " + unexpected, unexpected));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Unit> batch) {
        Map<Unit, RuntimeException> refused = new LinkedHashMap<>();
        var candidates = withoutCollisionsInside(batch, refused);
        if (!candidates.isEmpty()) {
            JournalHead remembered = lastHead;
            boolean written = remembered != null && tryFastPath(remembered, candidates);
            if (!written) {
                writeLockingTheHead(candidates, refused);
            }
        }
        refused.forEach((unit, failure) -> unit.outcome.completeExceptionally(failure));
    }

    /** One auto-commit statement, applied only if the head is where this writer left it. */
    private boolean tryFastPath(JournalHead expected, List<Unit> units) {
        var chained = chain(expected, units);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!store.appendIfHeadIs(connection, expected, chained.records, chained.nodes, chained.head)) {
                return false; // another appender moved the head: nothing was written
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false; // a taken aggregate sequence: the statement wrote nothing; the slow path sorts it out
            }
            settleUnknownOutcome(units, chained, e);
            return true;
        }
        succeed(units, chained);
        return true;
    }

    /** Locks the head row, refuses the units whose aggregate sequences are taken, appends the rest, commits. */
    private void writeLockingTheHead(List<Unit> candidates, Map<Unit, RuntimeException> refused) {
        Chained chained = null;
        var accepted = new ArrayList<Unit>(candidates.size());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                JournalHead head = store.lockHead(connection);
                Set<SequenceKey> taken = store.takenSequences(connection, sequenceKeys(candidates));
                for (Unit unit : candidates) {
                    var conflict = unit.sequenceKeys().stream().filter(taken::contains).findFirst();
                    if (conflict.isPresent()) {
                        refused.put(unit, conflictFor(conflict.get()));
                    } else {
                        accepted.add(unit);
                    }
                }
                if (accepted.isEmpty()) {
                    connection.rollback();
                    lastHead = head;
                    return;
                }
                chained = chain(head, accepted);
                if (!store.appendIfHeadIs(connection, head, chained.records, chained.nodes, chained.head)) {
                    throw new IllegalStateException("the journal head moved while locked: is another schema sharing the table?");
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            if (chained == null) {
                lastHead = null;
                fail(candidates, new EventStoreException("the journal could not write a batch of " + candidates.size()
                        + " units of work; none of them was written: " + e.getMessage(), e));
            } else {
                settleUnknownOutcome(accepted, chained, e);
            }
            return;
        }
        succeed(accepted, chained);
    }

    /**
     * The database failed after the batch was sent: it may have committed. The answer is in the journal itself:
     * if the batch's last record is there, every unit of it is.
     */
    private void settleUnknownOutcome(List<Unit> units, Chained chained, SQLException cause) {
        lastHead = null;
        var last = chained.records.get(chained.records.size() - 1);
        Optional<byte[]> stored;
        try (Connection connection = dataSource.getConnection()) {
            stored = store.hashAt(connection, last.position());
        } catch (SQLException unreachable) {
            fail(units, new EventStoreException("the journal's database failed during the commit and cannot be asked"
                    + " whether it was written; the events may or may not be in the journal: " + cause.getMessage(), cause));
            return;
        }
        if (stored.isPresent() && Arrays.equals(stored.get(), last.hash())) {
            succeed(units, chained);
        } else {
            fail(units, new EventStoreException("the journal could not write a batch of " + units.size()
                    + " units of work; none of them was written: " + cause.getMessage(), cause));
        }
    }

    private void succeed(List<Unit> units, Chained chained) {
        lastHead = chained.head;
        int offset = 0;
        for (Unit unit : units) {
            unit.outcome.complete(List.copyOf(chained.records.subList(offset, offset + unit.events.size())));
            offset += unit.events.size();
        }
    }

    private static void fail(List<Unit> units, RuntimeException failure) {
        units.forEach(unit -> unit.outcome.completeExceptionally(failure));
    }

    /** Refuses the units that collide with an earlier unit of the same batch, or with themselves. */
    private static List<Unit> withoutCollisionsInside(List<Unit> batch, Map<Unit, RuntimeException> refused) {
        var claimed = new HashSet<SequenceKey>();
        var candidates = new ArrayList<Unit>(batch.size());
        for (Unit unit : batch) {
            var keys = unit.sequenceKeys();
            var own = new HashSet<SequenceKey>();
            var conflict = keys.stream().filter(key -> claimed.contains(key) || !own.add(key)).findFirst();
            if (conflict.isPresent()) {
                refused.put(unit, conflictFor(conflict.get()));
            } else {
                claimed.addAll(keys);
                candidates.add(unit);
            }
        }
        return candidates;
    }

    private record Chained(List<JournalRecord> records, List<NodeCompleted> nodes, JournalHead head) {
    }

    private Chained chain(JournalHead head, List<Unit> units) {
        var accumulator = MerkleAccumulator.restore(tree, head.size(), head.frontier());
        var hasher = tree.hash().newHasher();
        var records = new ArrayList<JournalRecord>();
        var nodes = new ArrayList<NodeCompleted>();
        long position = head.size();
        byte[] prevHash = head.headHash();
        for (Unit unit : units) {
            for (PendingEvent event : unit.events) {
                byte[] hash = event.hash(hasher, position, prevHash);
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
        units.forEach(unit -> keys.addAll(unit.sequenceKeys()));
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
        Unit left;
        while ((left = waiting.poll()) != null) {
            left.outcome.completeExceptionally(new EventStoreException("the journal is closed; nothing was written"));
        }
    }

    /** One unit of work's events: all of them are written, or none. */
    private static final class Unit {
        final List<PendingEvent> events;
        final CompletableFuture<List<JournalRecord>> outcome = new CompletableFuture<>();

        Unit(List<PendingEvent> events) {
            this.events = events;
        }

        List<SequenceKey> sequenceKeys() {
            var keys = new ArrayList<SequenceKey>(events.size());
            for (PendingEvent event : events) {
                if (event.aggregateId() != null) {
                    keys.add(new SequenceKey(event.aggregateId(), event.aggregateSequence()));
                }
            }
            return keys;
        }
    }
}
