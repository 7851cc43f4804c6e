package org.scfledger.core.postgres;

import java.sql.DriverManager;
import java.sql.SQLException;

/** Asks a server which version it runs, for the start-up line that names the database in use. */
final class PostgresVersion {

    private PostgresVersion() {
    }

    static String of(PostgresServer server) {
        try (var connection = DriverManager.getConnection(
                        server.jdbcUrl(server.defaultDatabase()), server.username(), server.password());
                var result = connection.createStatement().executeQuery("show server_version")) {
            result.next();
            return result.getString(1).split(" ")[0];
        } catch (SQLException e) {
            return "(version unknown: " + e.getMessage() + ")";
        }
    }
}
