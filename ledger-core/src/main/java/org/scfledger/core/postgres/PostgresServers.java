package org.scfledger.core.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides which PostgreSQL the ledger uses.
 *
 * <ol>
 *   <li>a configured JDBC URL, when one is given;</li>
 *   <li>for tests only, a Testcontainers container when a Docker engine answers;</li>
 *   <li>an embedded PostgreSQL started from the binaries on the class path;</li>
 *   <li>failing that, the machine's own PostgreSQL binaries, run as an unprivileged user.</li>
 * </ol>
 */
public final class PostgresServers {

    private static final Logger log = LoggerFactory.getLogger(PostgresServers.class);

    private PostgresServers() {
    }

    /** A server for a given JDBC URL and credentials; never started or stopped by the ledger. */
    public static PostgresServer configured(String jdbcUrl, String username, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("the database URL must start with jdbc:postgresql:// but was " + jdbcUrl);
        }
        return new ConfiguredPostgres(jdbcUrl, username, password);
    }

    /**
     * The application's default: a self-started PostgreSQL whose data survives restarts in {@code dataDirectory}.
     * One ledger at a time owns a data folder; a second one is refused rather than allowed to share it.
     */
    public static PostgresServer selfStarted(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        var lock = DataFolderLock.tryTake(directory).orElseThrow(() -> new IllegalStateException(
                "another ledger is already running on " + directory + " (" + DataFolderLock.lockFile(directory) + " is held)"));
        return startOwned(directory, lock);
    }

    /** True when a live ledger process holds the self-started database in {@code dataDirectory}. */
    public static boolean inUse(Path dataDirectory) {
        var lock = DataFolderLock.tryTake(dataDirectory.toAbsolutePath().normalize());
        lock.ifPresent(DataFolderLock::close);
        return lock.isEmpty();
    }

    /**
     * For command-line tools: the PostgreSQL of the ledger server running on {@code dataDirectory} if there is
     * one (left running on close), else one started for the tool (stopped on close).
     */
    public static PostgresServer attachOrStart(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        var lock = DataFolderLock.tryTake(directory);
        if (lock.isEmpty()) {
            return AttachedPostgres.of(directory);
        }
        if (!Files.exists(directory.resolve("PG_VERSION"))) {
            lock.get().close();
            throw new IllegalStateException("no ledger database in " + directory + ": run the server once with this data folder first");
        }
        return startOwned(directory, lock.get());
    }

    private static PostgresServer startOwned(Path directory, DataFolderLock lock) {
        try {
            return new LockedPostgres(startLocally(directory, false), lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A server for a test run: a container where Docker answers, else a self-started throw-away one. */
    public static PostgresServer forTests() {
        if (testcontainersOnClassPath() && ContainerPostgres.available()) {
            return ContainerPostgres.start();
        }
        log.info("No Docker engine answers: the tests start PostgreSQL themselves");
        try {
            return startLocally(Files.createTempDirectory("ledger-test-pg"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The machine-binaries fallback on its own, so that it stays tested where the embedded one works. */
    public static Optional<PostgresServer> fromMachineBinaries(Path dataDirectory, boolean throwAway) {
        return MachinePostgresServer.binaries().map(bin -> MachinePostgresServer.start(bin, dataDirectory, throwAway));
    }

    private static PostgresServer startLocally(Path dataDirectory, boolean throwAway) {
        try {
            return throwAway ? EmbeddedPostgresServer.ephemeral(dataDirectory) : EmbeddedPostgresServer.persistent(dataDirectory);
        } catch (RuntimeException embeddedFailure) {
            log.warn("The embedded PostgreSQL did not start ({}); trying the machine's PostgreSQL binaries",
                    embeddedFailure.getMessage());
            var bin = MachinePostgresServer.binaries().orElseThrow(() -> new IllegalStateException(
                    "no PostgreSQL could be started: the embedded one failed and none is installed under /usr/lib/postgresql;"
                            + " configure one with a JDBC URL instead", embeddedFailure));
            return MachinePostgresServer.start(bin, dataDirectory, throwAway);
        }
    }

    private static boolean testcontainersOnClassPath() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, PostgresServers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
