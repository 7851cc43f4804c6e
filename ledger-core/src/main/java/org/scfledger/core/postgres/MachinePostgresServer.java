package org.scfledger.core.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL started from the machine's own binaries ({@code /usr/lib/postgresql/N/bin}). PostgreSQL refuses
 * to run as root, so when we are root every command runs as the unprivileged {@code postgres} account
 * through {@code runuser}. The fallback for machines where the embedded binaries cannot start.
 */
final class MachinePostgresServer implements LocalPostgres {

    private static final Path BINARIES_ROOT = Path.of("/usr/lib/postgresql");
    private static final String SERVICE_ACCOUNT = "postgres";

    private final Path bin;
    private final Path dataDirectory;
    private final int port;
    private final boolean removeOnClose;

    private MachinePostgresServer(Path bin, Path dataDirectory, int port, boolean removeOnClose) {
        this.bin = bin;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.removeOnClose = removeOnClose;
    }

    static Optional<Path> binaries() {
        if (!Files.isDirectory(BINARIES_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(BINARIES_ROOT)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static MachinePostgresServer start(Path bin, Path dataDirectory, boolean removeOnClose) {
        try {
            Files.createDirectories(dataDirectory);
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "-R", SERVICE_ACCOUNT, dataDirectory.toString()), false);
                run(List.of("chmod", "700", dataDirectory.toString()), false);
            }
            if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                run(List.of(bin.resolve("initdb").toString(), "-D", dataDirectory.toString(), "-U", "postgres",
                        "-A", "trust", "-E", "UTF-8", "--locale=C"), root);
            }
            OrphanedPostmaster.stopIfRunning(dataDirectory);
            int port = freePort();
            String options = "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=''"
                    + " -c fsync=on -c synchronous_commit=on -c max_connections=200 -c shared_buffers=256MB -c timezone=UTC";
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-w", "-t", "60",
                    "-l", dataDirectory.resolve("server.log").toString(), "-o", options, "start"), root);
            return new MachinePostgresServer(bin, dataDirectory, port, removeOnClose);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL from " + bin + " in " + dataDirectory, e);
        }
    }

    @Override
    public String description() {
        return "PostgreSQL " + PostgresVersion.of(this) + " from " + bin + " on port " + port
                + (removeOnClose ? ", throw-away data" : ", data in " + dataDirectory);
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"),
                    "root".equals(System.getProperty("user.name")));
            if (removeOnClose) {
                try (Stream<Path> files = Files.walk(dataDirectory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command, boolean asServiceAccount) throws IOException {
        var full = new ArrayList<String>();
        if (asServiceAccount) {
            full.addAll(List.of("runuser", "-u", SERVICE_ACCOUNT, "--"));
        }
        full.addAll(command);
        var process = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", full), e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
