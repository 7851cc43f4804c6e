package org.scfledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code ledger serve} on the self-started database. */
class ServeProcessIT {

    private static final Path JAR = Path.of("target", "ledger.jar");
    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    @Test
    void serve_reaches_health_up_stops_on_a_signal_and_keeps_its_data_across_a_restart() throws Exception {
        assertThat(JAR).exists();
        Path dataDir = temp.resolve("data");

        long firstCluster;
        var first = start(dataDir, temp.resolve("first.log"));
        try {
            awaitHealthUp(first, temp.resolve("first.log"));
            firstCluster = clusterIdentifier(dataDir);
            assertThat(Files.readString(temp.resolve("first.log")))
                    .contains("Database: embedded PostgreSQL 15").contains(dataDir.resolve("postgres").toString());
        } finally {
            stop(first.process);
        }
        assertThat(first.process.exitValue()).as("exit code after SIGTERM").isIn(0, 143);

        var second = start(dataDir, temp.resolve("second.log"));
        try {
            awaitHealthUp(second, temp.resolve("second.log"));
            var rival = start(dataDir, temp.resolve("rival.log"));
            assertThat(rival.process.waitFor(60, TimeUnit.SECONDS)).as("a second server on the same data gives up").isTrue();
            assertThat(rival.process.exitValue()).isEqualTo(1);
            assertThat(Files.readString(temp.resolve("rival.log"))).contains("another ledger is already running on");
            assertThat(clusterIdentifier(dataDir)).as("the same database cluster, not a new one").isEqualTo(firstCluster);
        } finally {
            stop(second.process);
        }
    }

    @Test
    void a_server_that_cannot_start_exits_with_an_error_instead_of_hanging() throws Exception {
        try (var taken = new ServerSocket(0)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path log = temp.resolve("failed.log");
            var process = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", JAR.toString(), "serve",
                            "--port", Integer.toString(taken.getLocalPort()), "--data-dir", temp.resolve("data").toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("exited by itself; log:%n%s", Files.readString(log)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(Files.readString(log)).contains("ledger serve: the server did not start");
        }
    }

    private record Server(Process process, int port) {
    }

    private static Server start(Path dataDir, Path log) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", JAR.toString(), "serve",
                        "--port", Integer.toString(port), "--data-dir", dataDir.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Server(process, port);
    }

    private static void awaitHealthUp(Server server, Path log) throws Exception {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.process.isAlive()).as("server process alive; log:%n%s", Files.readString(log)).isTrue();
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            Thread.sleep(250);
        }
        throw new AssertionError("health not UP within " + START_LIMIT + "; log:\n" + Files.readString(log));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server did not stop within 60 s of SIGTERM");
        }
    }

    /** The first field of PostgreSQL's control file: the cluster's system identifier, fixed at initdb. */
    private static long clusterIdentifier(Path dataDir) throws IOException {
        byte[] control = Files.readAllBytes(dataDir.resolve("postgres").resolve("global").resolve("pg_control"));
        return ByteBuffer.wrap(control, 0, 8).order(ByteOrder.nativeOrder()).getLong();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
