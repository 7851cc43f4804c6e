package org.scfledger.core.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The self-started PostgreSQL of a ledger server that is running now: tools connect to it and leave it running. */
record AttachedPostgres(Path dataDirectory, int port) implements LocalPostgres {

    /** The port is the fourth line of PostgreSQL's {@code postmaster.pid}. */
    static AttachedPostgres of(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            var lines = Files.readAllLines(pidFile);
            return new AttachedPostgres(dataDirectory, Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("a ledger server holds " + dataDirectory
                    + " but its PostgreSQL is not running yet; try again in a moment", e);
        }
    }

    @Override
    public String description() {
        return "the running ledger's PostgreSQL on port " + port + ", data in " + dataDirectory;
    }

    @Override
    public void close() {
        // Not ours: the running server keeps it.
    }
}
