package org.scfledger.core.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfledger.core.testing.TestPostgres;

class PostgresServersIT {

    @TempDir
    Path temp;

    @Test
    void the_test_server_is_durable() throws SQLException {
        var server = TestPostgres.server();
        try (var connection = connect(server)) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "server_version_num")).startsWith("15");
        }
    }

    @Test
    void each_test_database_is_new_and_empty() throws SQLException {
        var first = TestPostgres.newDatabase();
        var second = TestPostgres.newDatabase();
        assertThat(first.name()).isNotEqualTo(second.name());
        try (var pool = first.dataSource(2); var connection = pool.getConnection();
                var result = connection.createStatement().executeQuery(
                        "select count(*) from information_schema.tables where table_schema = 'public'")) {
            result.next();
            assertThat(result.getInt(1)).isZero();
        }
    }

    @Test
    void a_self_started_server_keeps_its_data_across_restarts() throws SQLException {
        Path data = temp.resolve("pg");
        try (var server = PostgresServers.selfStarted(data); var connection = connect(server)) {
            assertThat(server.description()).contains("embedded PostgreSQL 15").contains(data.toString());
            connection.createStatement().execute("create table kept (value text)");
            connection.createStatement().execute("insert into kept values ('still here')");
        }
        try (var server = PostgresServers.selfStarted(data); var connection = connect(server);
                var result = connection.createStatement().executeQuery("select value from kept")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("still here");
            assertThat(setting(connection, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void one_ledger_owns_a_data_folder_and_tools_attach_to_its_database() throws SQLException {
        Path data = temp.resolve("owned");
        try (var server = PostgresServers.selfStarted(data); var connection = connect(server)) {
            connection.createStatement().execute("create table marker (value text)");
            connection.createStatement().execute("insert into marker values ('from the server')");

            assertThatThrownBy(() -> PostgresServers.selfStarted(data))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("another ledger is already running");

            try (var attached = PostgresServers.attachOrStart(data); var toolConnection = connect(attached);
                    var result = toolConnection.createStatement().executeQuery("select value from marker")) {
                assertThat(attached.description()).contains("the running ledger's PostgreSQL");
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("from the server");
            }
            // The tool closing its handle leaves the server's database running.
            try (var result = connection.createStatement().executeQuery("select count(*) from marker")) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(1);
            }
        }
        try (var started = PostgresServers.attachOrStart(data); var connection = connect(started);
                var result = connection.createStatement().executeQuery("select value from marker")) {
            assertThat(started.description()).contains("embedded PostgreSQL");
            assertThat(result.next()).isTrue();
        }
        assertThatThrownBy(() -> PostgresServers.attachOrStart(temp.resolve("never-used")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no ledger database");
    }

    @Test
    void the_machine_binaries_fallback_runs_postgres_as_an_unprivileged_user() throws Exception {
        assumeTrue(MachinePostgresServer.binaries().isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql");
        Path data = Files.createTempDirectory("ledger-fallback-pg");
        try (var server = PostgresServers.fromMachineBinaries(data, true).orElseThrow(); var connection = connect(server)) {
            assertThat(server.description()).contains("/usr/lib/postgresql");
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            try (var result = connection.createStatement().executeQuery("select 6 * 7")) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(42);
            }
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void a_configured_url_is_used_as_given() {
        var server = PostgresServers.configured("jdbc:postgresql://db.example:5433/ledger?ssl=true", "app", "secret");
        assertThat(server.defaultDatabase()).isEqualTo("ledger");
        assertThat(server.jdbcUrl("ledger")).isEqualTo("jdbc:postgresql://db.example:5433/ledger?ssl=true");
        assertThat(server.jdbcUrl("other")).isEqualTo("jdbc:postgresql://db.example:5433/other?ssl=true");
        assertThat(server.description()).isEqualTo("configured PostgreSQL at jdbc:postgresql://db.example:5433/ledger");
        assertThatThrownBy(() -> PostgresServers.configured("jdbc:h2:mem:x", "sa", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://");
    }

    private static Connection connect(PostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(server.defaultDatabase()), server.username(), server.password());
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (var result = connection.createStatement().executeQuery("select current_setting('" + name + "')")) {
            result.next();
            return result.getString(1);
        }
    }
}
