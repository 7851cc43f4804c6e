package org.scfledger.projections.live;

import java.util.List;
import java.util.stream.Collectors;
import org.scfledger.projections.ReadModel;

/**
 * Where a read model lives in PostgreSQL: a table keyed by the entity's key, with the last position applied, the
 * fold's state as JSON, and the columns queries use.
 */
public record LiveTable<S>(ReadModel<S> model, String table, List<Column<S>> columns) {

    public LiveTable {
        columns = List.copyOf(columns);
    }

    String upsertSql() {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String updates = columns.stream().map(c -> c.name() + " = excluded." + c.name())
                .collect(Collectors.joining(", "));
        return "insert into " + table + " (key, last_position, state, " + names + ") values (?, ?, ?::json, " + marks
                + ") on conflict (key) do update set last_position = excluded.last_position, state = excluded.state, "
                + updates;
    }

    String selectAllSql() {
        return "select key, last_position, state from " + table + " where key = any(?)";
    }
}
