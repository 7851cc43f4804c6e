package org.scfledger.core.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.MerkleAccumulator;

/** Takes and reads signed checkpoints of the journal. */
public final class Checkpoints {

    private static final String COLUMNS = "number, tree_size, root_hash, head_hash, created_at, suite, key_fingerprint, signature";

    private final Journal journal;
    private final LedgerSigner signer;
    private final Clock clock;

    public Checkpoints(Journal journal, LedgerSigner signer, Clock clock) {
        if (signer.suite() != journal.suite()) {
            throw new IllegalArgumentException("the signer's suite " + signer.suite().suiteName()
                    + " is not the journal's " + journal.suite().suiteName());
        }
        this.journal = journal;
        this.signer = signer;
        this.clock = clock;
    }

    /** Signs the journal as it stands now; a new checkpoint even if nothing was appended since the last. */
    public Checkpoint take() {
        return journal.query(this::take);
    }

    /** The checkpoint of the journal as it stands: the latest, signing a new one first if the journal grew since. */
    public Checkpoint current() {
        return takeIfGrown().or(this::latest)
                .orElseThrow(() -> new IllegalStateException("the journal has no checkpoint and none could be taken"));
    }

    /** Signs the journal only if it grew since the last checkpoint (what the schedule calls). */
    public Optional<Checkpoint> takeIfGrown() {
        return journal.query(connection -> {
            var head = journal.store().head(connection);
            var latest = latest(connection);
            if (latest.isPresent() && latest.get().treeSize() >= head.size()) {
                return Optional.empty();
            }
            return Optional.of(take(connection));
        });
    }

    private Checkpoint take(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            // One checkpoint writer at a time across instances; appenders are not held up.
            try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(7262014001)")) {
                lock.execute();
            }
            var head = journal.store().head(connection);
            byte[] root = MerkleAccumulator.restore(journal.tree(), head.size(), head.frontier()).root();
            long number = latest(connection).map(c -> c.number() + 1).orElse(0L);
            var createdAt = JournalRecord.journalTime(clock.instant());
            AlgorithmSuite suite = journal.suite();
            String fingerprint = signer.publicKey().fingerprint();
            byte[] signature = signer.sign(Checkpoint.signedBytes(number, head.size(), root, head.headHash(), createdAt, suite, fingerprint));
            var checkpoint = new Checkpoint(number, head.size(), root, head.headHash(), createdAt, suite, fingerprint, signature);
            try (var insert = connection.prepareStatement("insert into journal_checkpoint (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, number);
                insert.setLong(2, head.size());
                insert.setBytes(3, root);
                insert.setBytes(4, head.headHash());
                insert.setObject(5, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
                insert.setString(6, suite.suiteName());
                insert.setString(7, fingerprint);
                insert.setBytes(8, signature);
                insert.executeUpdate();
            }
            connection.commit();
            return checkpoint;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    public Optional<Checkpoint> latest() {
        return journal.query(Checkpoints::latest);
    }

    public Optional<Checkpoint> byNumber(long number) {
        return journal.query(connection -> one(connection, "select " + COLUMNS + " from journal_checkpoint where number = ?", number));
    }

    /** The first checkpoint whose tree includes {@code position}. */
    public Optional<Checkpoint> firstCovering(long position) {
        return journal.query(connection -> one(connection, "select " + COLUMNS
                + " from journal_checkpoint where tree_size > ? order by tree_size, number limit 1", position));
    }

    /** Checkpoints from {@code fromNumber} on, at most {@code limit}, in order. */
    public List<Checkpoint> list(long fromNumber, int limit) {
        return journal.query(connection -> {
            try (var statement = connection.prepareStatement("select " + COLUMNS
                    + " from journal_checkpoint where number >= ? order by number limit ?")) {
                statement.setLong(1, fromNumber);
                statement.setInt(2, limit);
                try (var result = statement.executeQuery()) {
                    var checkpoints = new ArrayList<Checkpoint>();
                    while (result.next()) {
                        checkpoints.add(read(result));
                    }
                    return checkpoints;
                }
            }
        });
    }

    private static Optional<Checkpoint> latest(Connection connection) throws SQLException {
        return one(connection, "select " + COLUMNS + " from journal_checkpoint where number >= ? order by number desc limit 1", 0L);
    }

    private static Optional<Checkpoint> one(Connection connection, String sql, long parameter) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (var result = statement.executeQuery()) {
                return result.next() ? Optional.of(read(result)) : Optional.empty();
            }
        }
    }

    private static Checkpoint read(ResultSet result) throws SQLException {
        return new Checkpoint(result.getLong(1), result.getLong(2), result.getBytes(3), result.getBytes(4),
                result.getObject(5, OffsetDateTime.class).toInstant(), AlgorithmSuite.named(result.getString(6)),
                result.getString(7), result.getBytes(8));
    }
}
