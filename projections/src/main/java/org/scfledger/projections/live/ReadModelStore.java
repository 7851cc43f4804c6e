package org.scfledger.projections.live;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGStatement;

/** Reads and writes read-model rows on a given connection. */
final class ReadModelStore {

    private static final int SAVE_CHUNK = 250;

    /** A row: the entity's state and the position of the last event applied to it. */
    record Row<S>(S state, long lastPosition) {
    }

    private ReadModelStore() {
    }

    /** The row of {@code key}, if it exists. */
    static <S> Optional<Row<S>> load(Connection connection, LiveTable<S> table, String key) throws SQLException {
        return Optional.ofNullable(loadAll(connection, table, List.of(key)).get(key));
    }

    /** The rows of {@code keys} that exist, by key: one query. */
    static <S> Map<String, Row<S>> loadAll(Connection connection, LiveTable<S> table, Collection<String> keys)
            throws SQLException {
        Map<String, Row<S>> rows = new HashMap<>();
        try (var statement = connection.prepareStatement(table.selectAllSql())) {
            // Planned afresh each time: a plan cached while the table was small (a rebuild starts empty) scans it all later.
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            statement.setArray(1, connection.createArrayOf("text", keys.toArray()));
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), new Row<>(StateJson.read(result.getString(3), table.model().stateType()),
                            result.getLong(2)));
                }
            }
        }
        return rows;
    }

    /**
     * Upserts {@code rows}, a chunk at a time: while PostgreSQL writes one chunk, the next one's JSON and columns are
     * encoded on another thread (the rows, their order and the statements are the same as one at a time).
     */
    static <S> void save(Connection connection, LiveTable<S> table, List<Map.Entry<String, Row<S>>> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement(table.upsertSql())) {
            // A chunk or less (a batch of a tailing processor) is encoded here: handing it over would only add latency.
            CompletableFuture<List<Object[]>> next = rows.size() <= SAVE_CHUNK
                    ? CompletableFuture.completedFuture(encodeNow(table, rows)) : encode(table, rows, 0);
            for (int from = 0; from < rows.size(); from += SAVE_CHUNK) {
                List<Object[]> chunk = join(next);
                if (from + SAVE_CHUNK < rows.size()) {
                    next = encode(table, rows, from + SAVE_CHUNK);
                }
                for (Object[] parameters : chunk) {
                    for (int i = 0; i < parameters.length; i++) {
                        bind(statement, i + 1, parameters[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    /** The parameters of the rows from {@code from} (a chunk): key, last position, state as JSON, the columns. */
    private static <S> CompletableFuture<List<Object[]>> encode(LiveTable<S> table, List<Map.Entry<String, Row<S>>> rows,
            int from) {
        List<Map.Entry<String, Row<S>>> chunk = rows.subList(from, Math.min(rows.size(), from + SAVE_CHUNK));
        // On two cores CompletableFuture's default executor would start a thread per chunk.
        return CompletableFuture.supplyAsync(() -> encodeNow(table, chunk), ForkJoinPool.commonPool());
    }

    private static <S> List<Object[]> encodeNow(LiveTable<S> table, List<Map.Entry<String, Row<S>>> rows) {
        List<Object[]> encoded = new ArrayList<>(rows.size());
        for (var entry : rows) {
            Row<S> row = entry.getValue();
            Object[] parameters = new Object[3 + table.columns().size()];
            parameters[0] = entry.getKey();
            parameters[1] = row.lastPosition();
            parameters[2] = StateJson.write(row.state());
            int index = 3;
            for (Column<S> column : table.columns()) {
                parameters[index++] = column.value().apply(row.state());
            }
            encoded.add(parameters);
        }
        return encoded;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    static void truncate(Connection connection, Collection<LiveTable<?>> tables) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("truncate " + String.join(", ", tables.stream().map(LiveTable::table).toList()));
        }
    }

    private static void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
        if (value instanceof LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else {
            statement.setObject(index, value);
        }
    }
}
