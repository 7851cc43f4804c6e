package org.scfledger.core.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.scfledger.core.postgres.PostgresServer;
import org.scfledger.core.postgres.PostgresServers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real PostgreSQL every test in this JVM shares, started once: set {@code LEDGER_TEST_DATABASE_URL}
 * (with {@code LEDGER_TEST_DATABASE_USER} / {@code _PASSWORD}) to use your own; otherwise Testcontainers
 * where Docker answers, otherwise a self-started one. Each test takes a fresh database of its own.
 */
public final class TestPostgres {

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static PostgresServer server;

    private TestPostgres() {
    }

    public static synchronized PostgresServer server() {
        if (server == null) {
            String url = System.getenv("LEDGER_TEST_DATABASE_URL");
            server = url != null && !url.isBlank()
                    ? PostgresServers.configured(url, env("LEDGER_TEST_DATABASE_USER", "postgres"), env("LEDGER_TEST_DATABASE_PASSWORD", ""))
                    : PostgresServers.forTests();
            log.info("Tests use {}", server.description());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
        }
        return server;
    }

    /** Creates an empty database with a unique name on the shared server. */
    public static TestDatabase newDatabase() {
        var server = server();
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (var connection = DriverManager.getConnection(server.jdbcUrl(server.defaultDatabase()), server.username(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return new TestDatabase(name, server.jdbcUrl(name), server.username(), server.password());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** A database of one test: its coordinates and a way to open a pool on it. */
    public record TestDatabase(String name, String jdbcUrl, String username, String password) {

        public HikariDataSource dataSource(int poolSize) {
            var config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(username);
            config.setPassword(password);
            config.setMaximumPoolSize(poolSize);
            config.setPoolName(name);
            return new HikariDataSource(config);
        }
    }
}
