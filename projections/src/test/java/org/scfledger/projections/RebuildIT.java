package org.scfledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.projections.testing.RandomHistory;
import org.scfledger.projections.testing.ReadSideHarness;

/** Dropping the read models and rebuilding them from the journal gives the very same rows, byte for byte. */
class RebuildIT {

    static final long SEED = 42L;

    final ReadSideHarness ledger = new ReadSideHarness();

    @AfterEach
    void stop() {
        ledger.close();
    }

    @Test
    void a_rebuild_from_the_journal_writes_every_row_as_the_live_read_models_had_it() {
        RandomHistory history = RandomHistory.begin(ledger.axon, SEED).run(2_000);
        ledger.awaitCaughtUp();
        long journalSize = ledger.journal.head().size();
        assertThat(journalSize).as(history.summary()).isGreaterThanOrEqualTo(3_000);
        Map<String, List<String>> live = ledger.readModelRows();
        tamperWithTheRows();
        assertThat(ledger.readModelRows()).isNotEqualTo(live);

        ReadSide.rebuild(ledger.axon);
        List<ReadSideProgress> seen = ledger.awaitCaughtUp(ledger.axon);

        ReadSideProgress done = seen.get(seen.size() - 1);
        assertThat(done.applied()).isEqualTo(journalSize);
        assertThat(done.rebuilding()).isFalse();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(seen).extracting(ReadSideProgress::percent).as("the progress of the rebuild").isSorted();
        assertSameRows(ledger.readModelRows(), live);
    }

    /**
     * Rows the journal does not explain, which only emptying the tables undoes: one deleted, lines that claim to have
     * applied events far in the future (a replay into the rows as they are would skip every event for them), one made up.
     */
    private void tamperWithTheRows() {
        try (var connection = ledger.database.app().getConnection(); var statement = connection.createStatement()) {
            statement.execute("delete from rm_financing where key = (select min(key) from rm_financing)");
            statement.execute("update rm_member_line set used = used + 1, last_position = last_position + 1000000");
            statement.execute("create temporary table ghost as select * from rm_receivable order by key limit 1");
            statement.execute("update ghost set key = 'RCV:GHOST'");
            statement.execute("insert into rm_receivable select * from ghost");
            statement.execute("drop table ghost");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Table by table, row by row: the first row that differs is shown. */
    static void assertSameRows(Map<String, List<String>> actual, Map<String, List<String>> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((table, rows) -> {
            assertThat(rows).as(table).isNotEmpty();
            List<String> actualRows = actual.get(table);
            for (int i = 0; i < Math.min(rows.size(), actualRows.size()); i++) {
                assertThat(actualRows.get(i)).as("%s, row %d", table, i).isEqualTo(rows.get(i));
            }
            assertThat(actualRows).as(table).hasSameSizeAs(rows);
        });
    }
}
