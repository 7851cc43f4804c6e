package org.scfledger.core.journal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.postgresql.PGStatement;
import org.scfledger.crypto.MerkleTree;
import org.scfledger.crypto.NodeCompleted;
import org.scfledger.crypto.NodeId;

/** The journal's SQL, in one place. Every method runs on a connection its caller owns. */
final class JournalStore {

    static final String RECORD_COLUMNS = "position, event_id, aggregate_type, aggregate_id, aggregate_sequence,"
            + " event_type, event_revision, occurred_at, payload, metadata, prev_hash, hash";

    /** Moves the head only if it is where the caller expects it, and writes records and nodes only if it moved. */
    private static final String APPEND_IF_HEAD_IS = "with moved as (update journal_head set size = ?, head_hash = ?, frontier = ?"
            + " where id = 1 and size = ? and head_hash = ? returning 1),"
            + " events as (insert into journal_event (" + RECORD_COLUMNS + ")"
            + " select p, e, at, ai, s, et, r, t::timestamptz, pl, m, ph, h from unnest("
            + "?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[],"
            + " ?::bytea[], ?::bytea[], ?::bytea[], ?::bytea[]) as u(p, e, at, ai, s, et, r, t, pl, m, ph, h)"
            + " where exists (select 1 from moved)),"
            + " nodes as (insert into merkle_node (level, index, hash)"
            + " select * from unnest(?::smallint[], ?::bigint[], ?::bytea[]) where exists (select 1 from moved))"
            + " select count(*) from moved";

    private final int hashLength;

    JournalStore(int hashLength) {
        this.hashLength = hashLength;
    }

    /** Locks the head row until the transaction ends: whoever holds it appends next. */
    JournalHead lockHead(Connection connection) throws SQLException {
        return readHead(connection, "select size, head_hash, frontier from journal_head where id = 1 for update");
    }

    JournalHead head(Connection connection) throws SQLException {
        return readHead(connection, "select size, head_hash, frontier from journal_head where id = 1");
    }

    private JournalHead readHead(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql); var result = statement.executeQuery()) {
            if (!result.next()) {
                throw new IllegalStateException("the journal has no head row: was the schema migrated?");
            }
            return JournalHead.of(result.getLong(1), result.getBytes(2), result.getBytes(3), hashLength);
        }
    }

    Set<SequenceKey> takenSequences(Connection connection, Collection<SequenceKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return Set.of();
        }
        String sql = "select j.aggregate_id, j.aggregate_sequence from journal_event j"
                + " join unnest(?::text[], ?::bigint[]) as k(id, seq) on j.aggregate_id = k.id and j.aggregate_sequence = k.seq";
        try (var statement = connection.prepareStatement(sql)) {
            // Planned afresh each time: a plan cached while the journal was small scans the whole table later.
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            statement.setArray(1, connection.createArrayOf("text", keys.stream().map(SequenceKey::aggregateId).toArray()));
            statement.setArray(2, connection.createArrayOf("bigint", keys.stream().map(SequenceKey::sequence).toArray()));
            var taken = new HashSet<SequenceKey>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    taken.add(new SequenceKey(result.getString(1), result.getLong(2)));
                }
            }
            return taken;
        }
    }

    /**
     * Appends records and Merkle nodes and moves the head, in one statement, but only if the head is still
     * {@code expected}: with the connection in auto-commit this is one round trip and one durable commit.
     * Returns false, having written nothing, when another appender moved the head first.
     */
    boolean appendIfHeadIs(Connection connection, JournalHead expected, List<JournalRecord> records,
            List<NodeCompleted> nodes, JournalHead next) throws SQLException {
        int n = records.size();
        var positions = new Long[n];
        var eventIds = new String[n];
        var aggregateTypes = new String[n];
        var aggregateIds = new String[n];
        var sequences = new Long[n];
        var eventTypes = new String[n];
        var revisions = new String[n];
        var times = new String[n];
        var payloads = new byte[n][];
        var metadata = new byte[n][];
        var prevHashes = new byte[n][];
        var hashes = new byte[n][];
        for (int i = 0; i < n; i++) {
            var record = records.get(i);
            positions[i] = record.position();
            eventIds[i] = record.eventId();
            aggregateTypes[i] = record.aggregateType();
            aggregateIds[i] = record.aggregateId();
            sequences[i] = record.aggregateSequence();
            eventTypes[i] = record.eventType();
            revisions[i] = record.eventRevision();
            times[i] = RecordEncoding.formatTime(record.occurredAt());
            payloads[i] = record.payload();
            metadata[i] = record.metadata();
            prevHashes[i] = record.prevHash();
            hashes[i] = record.hash();
        }
        int m = nodes.size();
        var levels = new Integer[m];
        var indexes = new Long[m];
        var nodeHashes = new byte[m][];
        for (int i = 0; i < m; i++) {
            levels[i] = nodes.get(i).node().level();
            indexes[i] = nodes.get(i).node().index();
            nodeHashes[i] = nodes.get(i).hash();
        }
        try (var statement = connection.prepareStatement(APPEND_IF_HEAD_IS)) {
            statement.setLong(1, next.size());
            statement.setBytes(2, next.headHash());
            statement.setBytes(3, JournalHead.pack(next.frontier()));
            statement.setLong(4, expected.size());
            statement.setBytes(5, expected.headHash());
            setArrays(connection, statement, 6, "bigint", positions, "text", eventIds, "text", aggregateTypes,
                    "text", aggregateIds, "bigint", sequences, "text", eventTypes, "text", revisions, "text", times,
                    "bytea", payloads, "bytea", metadata, "bytea", prevHashes, "bytea", hashes,
                    "smallint", levels, "bigint", indexes, "bytea", nodeHashes);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1) == 1;
            }
        }
    }

    private static void setArrays(Connection connection, PreparedStatement statement, int first, Object... typesAndValues)
            throws SQLException {
        for (int i = 0; i < typesAndValues.length; i += 2) {
            Array array = connection.createArrayOf((String) typesAndValues[i], (Object[]) typesAndValues[i + 1]);
            statement.setArray(first + i / 2, array);
        }
    }

    /** The hash of the record at {@code position}, if there is one: how an append of unknown outcome is settled. */
    Optional<byte[]> hashAt(Connection connection, long position) throws SQLException {
        try (var statement = connection.prepareStatement("select hash from journal_event where position = ?")) {
            statement.setLong(1, position);
            try (var result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** Records with {@code from <= position < to}, at most {@code limit}, in order. */
    List<JournalRecord> records(Connection connection, long from, long to, int limit) throws SQLException {
        try (var statement = connection.prepareStatement("select " + RECORD_COLUMNS
                + " from journal_event where position >= ? and position < ? order by position limit ?")) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            statement.setInt(3, limit);
            return readRecords(statement);
        }
    }

    List<JournalRecord> aggregateRecords(Connection connection, String aggregateId, long firstSequence, int limit) throws SQLException {
        try (var statement = connection.prepareStatement("select " + RECORD_COLUMNS + " from journal_event"
                + " where aggregate_id = ? and aggregate_sequence >= ? order by aggregate_sequence limit ?")) {
            statement.setString(1, aggregateId);
            statement.setLong(2, firstSequence);
            statement.setInt(3, limit);
            return readRecords(statement);
        }
    }

    List<JournalRecord> aggregateRecordsBefore(Connection connection, String aggregateId, long size) throws SQLException {
        try (var statement = connection.prepareStatement("select " + RECORD_COLUMNS + " from journal_event"
                + " where aggregate_id = ? and position < ? order by aggregate_sequence")) {
            statement.setString(1, aggregateId);
            statement.setLong(2, size);
            return readRecords(statement);
        }
    }

    OptionalLong lastSequence(Connection connection, String aggregateId) throws SQLException {
        try (var statement = connection.prepareStatement(
                "select max(aggregate_sequence) from journal_event where aggregate_id = ?")) {
            statement.setString(1, aggregateId);
            try (var result = statement.executeQuery()) {
                result.next();
                long value = result.getLong(1);
                return result.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
            }
        }
    }

    /** The number of records that occurred before {@code instant}: the position the next one after it has. */
    long sizeBefore(Connection connection, Instant instant) throws SQLException {
        try (var statement = connection.prepareStatement(
                "select coalesce(min(position), (select size from journal_head)) from journal_event where occurred_at >= ?")) {
            statement.setObject(1, OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Hashes of complete Merkle subtrees; level 0 is the leaf hash of a record, derived from its hash. */
    Map<NodeId, byte[]> nodes(Connection connection, Set<NodeId> wanted, MerkleTree tree) throws SQLException {
        var found = new HashMap<NodeId, byte[]>();
        var leaves = wanted.stream().filter(node -> node.level() == 0).map(NodeId::index).toArray(Long[]::new);
        var inner = wanted.stream().filter(node -> node.level() > 0).toList();
        if (leaves.length > 0) {
            try (var statement = connection.prepareStatement("select position, hash from journal_event where position = any(?)")) {
                statement.setArray(1, connection.createArrayOf("bigint", leaves));
                try (var result = statement.executeQuery()) {
                    while (result.next()) {
                        found.put(new NodeId(0, result.getLong(1)), tree.leafHash(result.getBytes(2)));
                    }
                }
            }
        }
        if (!inner.isEmpty()) {
            try (var statement = connection.prepareStatement("select n.level, n.index, n.hash from merkle_node n"
                    + " join unnest(?::smallint[], ?::bigint[]) as w(level, index) on n.level = w.level and n.index = w.index")) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0); // never a plan cached while the tree was small
                setArrays(connection, statement, 1, "smallint", inner.stream().map(NodeId::level).toArray(Integer[]::new),
                        "bigint", inner.stream().map(NodeId::index).toArray(Long[]::new));
                try (var result = statement.executeQuery()) {
                    while (result.next()) {
                        found.put(new NodeId(result.getInt(1), result.getLong(2)), result.getBytes(3));
                    }
                }
            }
        }
        if (found.size() != wanted.size()) {
            var missing = new HashSet<>(wanted);
            missing.removeAll(found.keySet());
            throw new IllegalStateException("the journal lacks Merkle nodes " + missing);
        }
        return found;
    }

    private static List<JournalRecord> readRecords(PreparedStatement statement) throws SQLException {
        var records = new ArrayList<JournalRecord>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                long sequence = result.getLong(5);
                Long aggregateSequence = result.wasNull() ? null : sequence;
                records.add(new JournalRecord(result.getLong(1), result.getString(2), result.getString(3),
                        result.getString(4), aggregateSequence, result.getString(6), result.getString(7),
                        result.getObject(8, OffsetDateTime.class).toInstant(), result.getBytes(9), result.getBytes(10),
                        result.getBytes(11), result.getBytes(12)));
            }
        }
        return records;
    }
}
