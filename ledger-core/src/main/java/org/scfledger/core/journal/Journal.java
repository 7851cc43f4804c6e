package org.scfledger.core.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.MerkleTree;
import org.scfledger.crypto.NodeId;
import org.scfledger.crypto.SubtreeSource;

/**
 * The journal on one PostgreSQL database: appends by group commit, reads by position or aggregate, and
 * serves the Merkle tree's nodes for proofs. Safe for concurrent use; several instances may share a database.
 */
public final class Journal implements AutoCloseable {

    private final DataSource dataSource;
    private final AlgorithmSuite suite;
    private final MerkleTree tree;
    private final JournalStore store;
    private final JournalSettings settings;
    private final GroupCommitAppender appender;

    private Journal(DataSource dataSource, AlgorithmSuite suite, JournalSettings settings) {
        this.dataSource = dataSource;
        this.suite = suite;
        this.settings = settings;
        this.tree = new MerkleTree(suite.hash());
        this.store = new JournalStore(suite.hash().digestLength());
        this.appender = new GroupCommitAppender(dataSource, store, tree, settings.maxBatchEvents(), settings.maxWaitingUnits());
    }

    /** Opens the journal on a migrated database, fixing its algorithm suite if this is the ledger's first start. */
    public static Journal open(DataSource dataSource, JournalSettings settings) {
        try (var connection = dataSource.getConnection()) {
            return new Journal(dataSource, LedgerIdentity.establish(connection, settings.suite()), settings);
        } catch (SQLException e) {
            throw new JournalAccessException("could not open the journal", e);
        }
    }

    public AlgorithmSuite suite() {
        return suite;
    }

    public MerkleTree tree() {
        return tree;
    }

    JournalStore store() {
        return store;
    }

    JournalSettings settings() {
        return settings;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Appends one unit of work atomically; returns its records once durable. */
    List<JournalRecord> append(List<PendingEvent> unit) {
        return appender.append(unit);
    }

    public JournalHead head() {
        return query(store::head);
    }

    /** Records with {@code from <= position < to}, at most {@code limit}. */
    public List<JournalRecord> records(long from, long to, int limit) {
        return query(connection -> store.records(connection, from, to, limit));
    }

    List<JournalRecord> aggregateRecords(String aggregateId, long firstSequence, int limit) {
        return query(connection -> store.aggregateRecords(connection, aggregateId, firstSequence, limit));
    }

    /** One aggregate's records with {@code position < size}, in order: what an as-of replay of it reads. */
    public List<JournalRecord> aggregateRecordsBefore(String aggregateId, long size) {
        return query(connection -> store.aggregateRecordsBefore(connection, aggregateId, size));
    }

    OptionalLong lastSequence(String aggregateId) {
        return query(connection -> store.lastSequence(connection, aggregateId));
    }

    /** How many records occurred strictly before {@code instant}. */
    public long sizeBefore(Instant instant) {
        return query(connection -> store.sizeBefore(connection, instant));
    }

    /** The tree's complete subtrees as stored: a proof reads O(log n) of them in one query. */
    public SubtreeSource subtrees() {
        return (Set<NodeId> nodes) -> nodes.isEmpty() ? Map.of() : query(connection -> store.nodes(connection, nodes, tree));
    }

    <T> T query(SqlFunction<T> work) {
        try (var connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new JournalAccessException("the journal could not be read", e);
        }
    }

    @Override
    public void close() {
        appender.close();
    }

    @FunctionalInterface
    interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
