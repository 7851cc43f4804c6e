package org.scfledger.core.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * PostgreSQL started in-process from the binaries packaged on the class path. Runs as root too, through a
 * user namespace. Durable: the defaults of the embedding library turn fsync and synchronous commit off,
 * which a ledger cannot accept, so both are switched back on.
 */
final class EmbeddedPostgresServer implements LocalPostgres {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean persistent;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean persistent) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.persistent = persistent;
    }

    /** Starts a server whose data lives in {@code dataDirectory} and survives restarts. */
    static EmbeddedPostgresServer persistent(Path dataDirectory) {
        OrphanedPostmaster.stopIfRunning(dataDirectory);
        return start(dataDirectory, false);
    }

    /** Starts a throw-away server in a fresh temporary directory, removed on close. */
    static EmbeddedPostgresServer ephemeral(Path dataDirectory) {
        return start(dataDirectory, true);
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, boolean clean) {
        try {
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setRegisterShutdownHook(true)
                    .start();
            return new EmbeddedPostgresServer(postgres, dataDirectory, !clean);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    @Override
    public String description() {
        return "embedded PostgreSQL " + PostgresVersion.of(this) + " on port " + postgres.getPort()
                + (persistent ? ", data in " + dataDirectory : ", throw-away data");
    }

    @Override
    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
