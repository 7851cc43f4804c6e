package org.scfledger.core.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left running on our data directory by a ledger process that died without closing it
 * (kill -9, power cut of the JVM only). It holds the directory's lock, so it is shut down before a new one
 * starts; PostgreSQL's own crash recovery covers anything it had not flushed.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        } catch (RuntimeException e) {
            return; // A torn pid file: PostgreSQL itself decides whether it is stale.
        }
        ProcessHandle.of(pid)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(OrphanedPostmaster::shutDown);
    }

    private static void shutDown(ProcessHandle postmaster) {
        log.warn("Stopping PostgreSQL process {} left running on this data directory by an earlier run", postmaster.pid());
        postmaster.destroy(); // SIGTERM: a smart shutdown; the dead process's sessions are already gone.
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL process " + postmaster.pid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL process " + postmaster.pid()
                    + " still holds the data directory after " + SHUTDOWN_WAIT, e);
        }
    }
}
