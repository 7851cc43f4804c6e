package org.scfledger.core.postgres;

/** A PostgreSQL on this machine, started by a ledger: reached on localhost as its superuser, trusted locally. */
interface LocalPostgres extends PostgresServer {

    int port();

    @Override
    default String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    default String defaultDatabase() {
        return "postgres";
    }

    @Override
    default String username() {
        return "postgres";
    }

    @Override
    default String password() {
        return "";
    }
}
