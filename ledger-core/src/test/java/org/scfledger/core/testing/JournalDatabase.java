package org.scfledger.core.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A fresh, migrated ledger database: {@link #owner()} is the schema's owner (a superuser here, as the one
 * who could tamper); {@link #app()} is the restricted role the application runs as.
 */
public final class JournalDatabase implements AutoCloseable {

    public static final String APP_ROLE = "ledger_app";

    private final TestPostgres.TestDatabase database;
    private final HikariDataSource owner;
    private final HikariDataSource app;

    private JournalDatabase(TestPostgres.TestDatabase database, int appPoolSize) {
        this.database = database;
        this.owner = database.dataSource(4);
        Flyway.configure().dataSource(owner).locations("classpath:db/migration")
                .placeholders(Map.of("appRole", APP_ROLE)).load().migrate();
        try (var connection = owner.getConnection(); var statement = connection.createStatement()) {
            // A password too, for servers (containers) that do not trust local logins.
            statement.execute("alter role " + APP_ROLE + " with password '" + APP_ROLE + "'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        this.app = new TestPostgres.TestDatabase(database.name(), database.jdbcUrl(), APP_ROLE, APP_ROLE).dataSource(appPoolSize);
    }

    public static JournalDatabase create() {
        return create(16);
    }

    public static JournalDatabase create(int appPoolSize) {
        return new JournalDatabase(TestPostgres.newDatabase(), appPoolSize);
    }

    public HikariDataSource owner() {
        return owner;
    }

    public HikariDataSource app() {
        return app;
    }

    public String name() {
        return database.name();
    }

    @Override
    public void close() {
        app.close();
        owner.close();
    }
}
