package org.scfledger.api.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import org.scfledger.api.LedgerApplication;
import org.scfledger.core.postgres.PostgresServers;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ledger serve}: runs the server until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the ledger server (REST API, Swagger UI, health) until stopped with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    /** Exit code that tells {@link LedgerCli#main} to leave the JVM running: the server owns it now. */
    static final int KEEP_RUNNING = -1;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "${env:LEDGER_PORT:-8080}")
    int port;

    @Option(names = "--data-dir", description = "Folder for the self-started database, the ledger's keys and audit exports"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "${env:LEDGER_DATA_DIR:-data}")
    Path dataDir;

    @Option(names = "--database-url", description = "Use this PostgreSQL (jdbc:postgresql://host:port/db) instead of the self-started one;"
            + " also SPRING_DATASOURCE_URL, with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.")
    String databaseUrl;

    @Option(names = "--rebuild-read-models", description = "Drop the read models (credit lines, books) and rebuild them"
            + " from the journal once the server is up; progress is logged.")
    boolean rebuildReadModels;

    @Option(names = "--demo", description = "Once the server is up, load a small demo program (a core enterprise, its bank,"
            + " suppliers, distributors, an auditor) through the API and print an API key for each party. Meant for a fresh"
            + " data folder, e.g. --data-dir demo-data; loading again writes nothing twice and prints new keys.")
    boolean demo;

    @Override
    public Integer call() {
        Path postgresData = dataDir.resolve("postgres");
        if (databaseUrl == null && System.getenv("SPRING_DATASOURCE_URL") == null && PostgresServers.inUse(postgresData)) {
            System.err.println("ledger serve: another ledger is already running on " + dataDir.toAbsolutePath().normalize()
                    + "; stop it first, or give this one its own --data-dir");
            return 1;
        }
        // Passed as Spring command-line properties so that they outrank application.yml.
        var properties = new ArrayList<String>();
        properties.add("--server.port=" + port);
        properties.add("--ledger.data-dir=" + dataDir.toAbsolutePath().normalize());
        if (databaseUrl != null) {
            properties.add("--spring.datasource.url=" + databaseUrl);
        }
        if (rebuildReadModels) {
            properties.add("--ledger.rebuild-read-models=true");
        }
        if (demo) {
            properties.add("--ledger.demo=true");
        }
        try {
            SpringApplication.run(LedgerApplication.class, properties.toArray(String[]::new));
            return KEEP_RUNNING;
        } catch (RuntimeException startFailure) {
            // Spring has logged why. Exiting here matters: non-daemon threads (Axon's, the database's)
            // would otherwise keep a server that failed to start alive.
            System.err.println("ledger serve: the server did not start: " + rootMessage(startFailure));
            return 1;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
