package org.scfledger.core.postgres;

/** A running PostgreSQL server the ledger may connect to; closing it stops it if the ledger started it. */
public interface PostgresServer extends AutoCloseable {

    /** One line for humans: what kind of server, which version, where its data lives. */
    String description();

    /** A JDBC URL for the named database on this server. */
    String jdbcUrl(String database);

    /** The database the caller should use when it has no preference. */
    String defaultDatabase();

    String username();

    String password();

    @Override
    void close();
}
