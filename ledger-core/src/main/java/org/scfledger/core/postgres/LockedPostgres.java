package org.scfledger.core.postgres;

/** A self-started server together with the data folder's lock: closing stops the server, then frees the folder. */
record LockedPostgres(PostgresServer server, DataFolderLock lock) implements PostgresServer {

    @Override
    public String description() {
        return server.description();
    }

    @Override
    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    @Override
    public String defaultDatabase() {
        return server.defaultDatabase();
    }

    @Override
    public String username() {
        return server.username();
    }

    @Override
    public String password() {
        return server.password();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            lock.close();
        }
    }
}
