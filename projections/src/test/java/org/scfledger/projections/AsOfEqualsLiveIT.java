package org.scfledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.live.LiveTable;
import org.scfledger.projections.live.LiveTables;
import org.scfledger.projections.live.StateJson;
import org.scfledger.projections.testing.LiveViews;
import org.scfledger.projections.testing.RandomHistory;
import org.scfledger.projections.testing.ReadSideHarness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read side's acceptance property: after a random business history of thousands of events, every view the live
 * read models answer is what an as-of replay of the journal shows, now and at the positions the live read models had
 * reached at earlier moments; and every stored state is the whole-ledger fold's.
 */
class AsOfEqualsLiveIT {

    static final Logger LOG = LoggerFactory.getLogger(AsOfEqualsLiveIT.class);

    static final int MOMENTS = 4;
    static final int STEPS_PER_MOMENT = 500;

    final ReadSideHarness ledger = new ReadSideHarness();

    @AfterEach
    void stop() {
        ledger.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20240115L, 7L})
    void the_live_read_models_show_what_replaying_the_journal_shows(long seed) {
        RandomHistory history = RandomHistory.begin(ledger.axon, seed);
        List<LiveViews> moments = new ArrayList<>();
        for (int i = 0; i < MOMENTS; i++) {
            history.run(STEPS_PER_MOMENT);
            ledger.awaitCaughtUp();
            moments.add(LiveViews.live(ledger.queries, ledger.journal.head().size(), history.today()));
        }
        LiveViews now = moments.get(moments.size() - 1);
        LOG.info("Seed {}: {} events, {} entities; {}", seed, now.journalSize(), now.entities(), history.summary());
        assertThat(now.journalSize()).as("journal events, after %s", history.summary()).isGreaterThanOrEqualTo(3000);
        assertThat(history.refused()).as(history.summary()).isLessThan(history.accepted() / 4);

        assertSameViews(now, now.replayed(ledger.asOf, AsOf.head()));
        for (LiveViews then : moments.subList(0, moments.size() - 1)) {
            assertSameViews(then, then.replayed(ledger.asOf, AsOf.position(then.journalSize() - 1)));
        }

        FoldedLedger folded = ledger.asOf.all(AsOf.head());
        assertThat(folded.size()).isEqualTo(now.journalSize());
        for (LiveTable<?> table : LiveTables.ALL) {
            assertStoredStatesAreTheFolds(table, folded);
        }
    }

    private static void assertSameViews(LiveViews live, LiveViews replayed) {
        assertThat(replayed.journalSize()).isEqualTo(live.journalSize());
        assertSame("member line", live.memberLines(), replayed.memberLines());
        assertSame("program line", live.programLines(), replayed.programLines());
        assertSame("financing", live.financings(), replayed.financings());
        assertSame("receivable", live.receivables(), replayed.receivables());
    }

    /** Same keys, same views; a difference is shown for the first entity that differs, with the keys of the others. */
    private static <V> void assertSame(String what, Map<String, V> live, Map<String, V> replayed) {
        assertThat(replayed.keySet()).as("the %ss the replay knows", what).containsExactlyElementsOf(live.keySet());
        List<String> differing = live.keySet().stream().filter(key -> !live.get(key).equals(replayed.get(key))).toList();
        if (!differing.isEmpty()) {
            String first = differing.get(0);
            assertThat(replayed.get(first)).as("%s %s replayed (%d differ: %s)", what, first, differing.size(), differing)
                    .isEqualTo(live.get(first));
        }
    }

    /** Every stored state is the fold's, as JSON and as the state record read back from it. */
    private <S> void assertStoredStatesAreTheFolds(LiveTable<S> table, FoldedLedger folded) {
        Map<String, String> stored = states(table.table());
        Map<String, S> folds = folded.all(table.model());
        assertThat(stored.keySet()).as(table.table()).containsExactlyInAnyOrderElementsOf(folds.keySet());
        folds.forEach((key, fold) -> {
            S read = StateJson.read(stored.get(key), table.model().stateType());
            assertThat(StateJson.write(read)).as("%s %s as stored", table.table(), key).isEqualTo(StateJson.write(fold));
            assertThat(read).as("%s %s read back", table.table(), key).isEqualTo(fold);
        });
    }

    private Map<String, String> states(String table) {
        Map<String, String> states = new LinkedHashMap<>();
        try (var connection = ledger.database.app().getConnection();
                var result = connection.createStatement().executeQuery("select key, state::text from " + table)) {
            while (result.next()) {
                states.put(result.getString(1), result.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return states;
    }
}
