package org.scfledger.api.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.postgres.PostgresServer;
import org.scfledger.core.postgres.PostgresServers;
import org.scfledger.crypto.AlgorithmSuite;
import picocli.CommandLine.Option;

/**
 * How a command-line tool reaches an existing ledger: the database of the server running on the data folder
 * (started for the tool if none runs), or a configured PostgreSQL; and the signing key in the data folder.
 */
final class LedgerDatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:LEDGER_DATA_DIR:-data}",
            description = "The ledger's data folder: its database (postgres/) and signing key (keys/) (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--database-url", paramLabel = "URL", defaultValue = "${env:SPRING_DATASOURCE_URL}",
            description = "Use this PostgreSQL (jdbc:postgresql://host:port/db) instead of the data folder's; also SPRING_DATASOURCE_URL.")
    @Nullable String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER", defaultValue = "${env:SPRING_DATASOURCE_USERNAME:-postgres}",
            description = "With --database-url (default: ${DEFAULT-VALUE}); also SPRING_DATASOURCE_USERNAME.")
    String databaseUser;

    @Option(names = "--database-password", paramLabel = "PASSWORD", defaultValue = "${env:SPRING_DATASOURCE_PASSWORD:-}",
            description = "With --database-url; better given as SPRING_DATASOURCE_PASSWORD, which other users cannot see.")
    String databasePassword;

    /** An existing ledger, opened for a tool: its journal (with the suite it was created with) and its signer. */
    OpenLedger open(String tool) {
        PostgresServer server = databaseUrl != null && !databaseUrl.isBlank()
                ? PostgresServers.configured(databaseUrl, databaseUser, databasePassword)
                : PostgresServers.attachOrStart(dataDir.resolve("postgres"));
        HikariDataSource pool = null;
        try {
            pool = new HikariDataSource();
            pool.setJdbcUrl(server.jdbcUrl(server.defaultDatabase()));
            pool.setUsername(server.username());
            pool.setPassword(server.password());
            pool.setMaximumPoolSize(2);
            pool.setPoolName("ledger-" + tool);
            var suite = suiteOf(pool);
            var signer = LedgerSigner.load(keyDirectory(), suite);
            return new OpenLedger(server, pool, Journal.open(pool, JournalSettings.defaults().withSuite(suite)), signer);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            server.close();
            throw e;
        }
    }

    Path keyDirectory() {
        return dataDir.resolve("keys");
    }

    /** The suite the ledger was created with; a tool never creates a ledger, so a database without one is an error. */
    private static AlgorithmSuite suiteOf(DataSource database) {
        try (var connection = database.getConnection();
                var select = connection.prepareStatement("select suite from ledger_identity where id = 1");
                var result = select.executeQuery()) {
            if (!result.next()) {
                throw new IllegalStateException("the database holds no ledger yet");
            }
            return AlgorithmSuite.named(result.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("the database is not a ledger's (" + e.getMessage() + ")", e);
        }
    }

    /** Closes the journal, then the pool, then the server (which leaves a running ledger's database running). */
    record OpenLedger(PostgresServer server, HikariDataSource pool, Journal journal, LedgerSigner signer) implements AutoCloseable {

        @Override
        public void close() {
            try {
                journal.close();
                pool.close();
            } finally {
                server.close();
            }
        }
    }
}
