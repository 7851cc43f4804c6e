package org.scfledger.projections.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.scfledger.commands.testing.TestAxon;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.projections.ReadSide;
import org.scfledger.projections.ReadSideProgress;
import org.scfledger.projections.asof.AsOfReplay;
import org.scfledger.projections.live.LiveTable;
import org.scfledger.projections.live.LiveTables;
import org.scfledger.projections.query.ReadModelQueries;

/**
 * An application instance on a fresh real PostgreSQL: the write side and the read side on the hash-chained journal,
 * the live queries, and as-of replays.
 */
public final class ReadSideHarness implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T00:00:00Z"), ZoneOffset.UTC);

    public final JournalDatabase database = JournalDatabase.create();
    public final Journal journal = Journal.open(database.app(), JournalSettings.defaults());
    public final LedgerSigner signer;
    public final Checkpoints checkpoints;
    public final ReadModelQueries queries = new ReadModelQueries(database.app());
    public final AsOfReplay asOf;
    public final Configuration axon;
    private final Path keys;

    public ReadSideHarness() {
        try {
            keys = Files.createTempDirectory("ledger-keys");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        signer = LedgerSigner.loadOrCreate(keys, journal.suite());
        checkpoints = new Checkpoints(journal, signer, CLOCK);
        asOf = new AsOfReplay(journal, checkpoints);
        axon = startInstance();
    }

    /**
     * Starts an application instance (write side and read side) on this database and journal: the harness's own, or
     * another one, as after a restart (its read-model processor resumes from the stored token, nothing cached). The
     * caller shuts another one down.
     */
    public Configuration startInstance() {
        var engine = HashChainedEventStorageEngine.builder().journal(journal)
                .eventSerializer(LedgerJson.serializer()).snapshotSerializer(LedgerJson.serializer()).build();
        Configurer configurer = TestAxon.configurer(engine);
        ReadSide.register(configurer, database.app(), CLOCK);
        return configurer.start();
    }

    public CommandGateway gateway() {
        return axon.commandGateway();
    }

    public ReadSideProgress progress() {
        return ReadSide.progress(axon, journal.head().size());
    }

    /** Waits until the read models have applied every event of the journal. */
    public void awaitCaughtUp() {
        awaitCaughtUp(axon);
    }

    /** Waits until {@code instance}'s read models have applied every event of the journal; returns each progress seen. */
    public List<ReadSideProgress> awaitCaughtUp(Configuration instance) {
        List<ReadSideProgress> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            seen.add(ReadSide.progress(instance, journal.head().size()));
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The read models did not catch up: " + seen.get(seen.size() - 1));
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (!seen.get(seen.size() - 1).isCaughtUp());
        return seen;
    }

    /** Every row of the read-model tables as PostgreSQL writes it out as text, table by table, in key order. */
    public Map<String, List<String>> readModelRows() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (var connection = database.app().getConnection(); var statement = connection.createStatement()) {
            for (LiveTable<?> table : LiveTables.ALL) {
                List<String> rows = new ArrayList<>();
                try (var result = statement.executeQuery("select t::text from " + table.table() + " t order by key")) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
                tables.put(table.table(), rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    @Override
    public void close() {
        axon.shutdown();
        journal.close();
        database.close();
    }
}
