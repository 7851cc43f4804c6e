package org.scfledger.projections.live;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads and writes read-model rows on a given connection. */
final class ReadModelStore {

    /** A row: the entity's state and the position of the last event applied to it. */
    record Row<S>(S state, long lastPosition) {
    }

    private ReadModelStore() {
    }

    static <S> Optional<Row<S>> load(Connection connection, LiveTable<S> table, String key) throws SQLException {
        try (var statement = connection.prepareStatement(table.selectSql())) {
            statement.setString(1, key);
            try (var result = statement.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row<>(StateJson.read(result.getString(2), table.model().stateType()),
                        result.getLong(1)));
            }
        }
    }

    static <S> void save(Connection connection, LiveTable<S> table, Collection<java.util.Map.Entry<String, Row<S>>> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement(table.upsertSql())) {
            for (var entry : rows) {
                Row<S> row = entry.getValue();
                statement.setString(1, entry.getKey());
                statement.setLong(2, row.lastPosition());
                statement.setString(3, StateJson.write(row.state()));
                int index = 4;
                for (Column<S> column : table.columns()) {
                    bind(statement, index++, column.value().apply(row.state()));
                }
                statement.addBatch();
            }
            statement.executeBatch();
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
