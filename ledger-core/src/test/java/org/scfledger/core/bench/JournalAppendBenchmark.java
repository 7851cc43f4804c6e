package org.scfledger.core.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.postgres.PostgresServer;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.core.testing.TestPostgres;
import org.scfledger.crypto.CanonicalJson;

/**
 * Journal append throughput: {@link HashChainedEventStorageEngine} against Axon's stock
 * {@link JdbcEventStorageEngine}, one create-aggregate command (one event) at a time per client through Axon's
 * {@code CommandGateway}, and a raw batched INSERT of the same rows as the ceiling. Every configuration runs on
 * a fresh database of the same PostgreSQL (fsync and synchronous_commit on). See docs/benchmarks.md.
 *
 * <p>System properties: {@code bench.warmupSeconds} (5), {@code bench.measureSeconds} (15), {@code bench.clients}
 * (1,8,64), {@code bench.engines} (journal,stock,axon-only,raw), {@code bench.rawBatchRows} (500), {@code bench.output}
 * (target/benchmarks/journal-append.md).
 */
public final class JournalAppendBenchmark {

    static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    private static final Map<String, String> ENGINE_NAMES = Map.of("journal", "HashChainedEventStorageEngine",
            "stock", "JdbcEventStorageEngine (stock)", "axon-only", "Axon only: events serialized, not stored");

    /**
     * An experiment, off by default: plan every statement of the journal's sessions afresh, so that the duplicate
     * check never runs a generic plan cached while the table was small (a sequential scan: see docs/benchmarks.md).
     */

    private final Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 5));
    private final Duration measured = Duration.ofSeconds(Long.getLong("bench.measureSeconds", 15));
    private final List<Integer> clientCounts = LoadDriver.parseClients(System.getProperty("bench.clients", "1,8,64"));
    private final Set<String> engines = Set.of(System.getProperty("bench.engines", "journal,stock,axon-only,raw").split(","));
    private final int rawBatchRows = Integer.getInteger("bench.rawBatchRows", 500);
    private final Path output = Path.of(System.getProperty("bench.output", "target/benchmarks/journal-append.md"));
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> problems = new ArrayList<>();
    private CpuMeter meter;
    private final Map<Integer, Double> batchSizes = new LinkedHashMap<>();

    private record Measured(String engine, LoadDriver.Outcome outcome, String eventBytes) {
    }

    public static void main(String[] args) throws Exception {
        int status = new JournalAppendBenchmark().run();
        System.exit(status);
    }

    private int run() throws Exception {
        // Loaded up front: other builds in the same working tree may recompile target/test-classes mid-run.
        List.of(RawInsert.class, RawInsert.Outcome.class, LoadDriver.class, LoadDriver.Outcome.class, BenchInvoice.class,
                BenchInvoice.RegisterInvoice.class, BenchInvoice.InvoiceRegistered.class, JdbcTransactionManager.class,
                Measured.class, CpuMeter.class, CpuMeter.Reading.class, CpuMeter.Usage.class, DiscardingStorageEngine.class)
                .forEach(Class::getName);
        log("pid " + ProcessHandle.current().pid() + ", warm-up " + warmUp.toSeconds() + " s, measured " + measured.toSeconds()
                + " s, clients " + clientCounts + ", engines " + engines);
        PostgresServer server = TestPostgres.server();
        try (var connection = DriverManager.getConnection(server.jdbcUrl(server.defaultDatabase()), server.username(), server.password())) {
            meter = new CpuMeter(CpuMeter.postmasterOf(connection));
        }
        String environment = environment(server);
        log(environment);

        var results = new ArrayList<Measured>();
        for (int clients : clientCounts) {
            if (engines.contains("journal")) {
                results.add(journal(clients));
            }
            if (engines.contains("stock")) {
                results.add(stock(clients));
            }
            if (engines.contains("axon-only")) {
                results.add(axonOnly(clients));
            }
        }
        RawInsert.Outcome raw = engines.contains("raw") ? raw() : null;
        String report = report(environment, results, raw);
        System.out.println();
        System.out.println(report);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report, StandardCharsets.UTF_8);
        log("written to " + output.toAbsolutePath());
        return problems.isEmpty() ? 0 : 1;
    }

    // --- the configurations ---

    private Measured journal(int clients) throws Exception {
        String load = loadAverage();
        log("journal, " + clients + " clients (load " + load + ")");
        var database = JournalDatabase.create(4);
        try {
            var journal = Journal.open(database.app(), JournalSettings.defaults());
            var engine = HashChainedEventStorageEngine.builder().journal(journal)
                    .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).build();
            LoadDriver.Outcome outcome;
            try {
                outcome = drive(axon(engine, null), clients);
            } finally {
                journal.close();
            }
            String bytes = checkJournal(database.owner(), outcome, journal);
            return new Measured("journal", outcome, bytes);
        } finally {
            database.close();
            drop(database.name());
        }
    }

    private Measured stock(int clients) throws Exception {
        String load = loadAverage();
        log("stock JdbcEventStorageEngine, " + clients + " clients (load " + load + ")");
        var database = TestPostgres.newDatabase();
        try (HikariDataSource dataSource = database.dataSource(clients + 4)) {
            var connections = new UnitOfWorkAwareConnectionProviderWrapper(new DataSourceConnectionProvider(dataSource));
            var transactions = new JdbcTransactionManager(connections);
            var engine = JdbcEventStorageEngine.builder().connectionProvider(connections).transactionManager(transactions)
                    .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).build();
            engine.createSchema(PostgresEventTableFactory.INSTANCE);
            var outcome = drive(axon(engine, transactions), clients);
            String bytes = checkStock(dataSource, outcome);
            return new Measured("stock", outcome, bytes);
        } finally {
            drop(database.name());
        }
    }

    private Measured axonOnly(int clients) throws Exception {
        String load = loadAverage();
        log("Axon only (events serialized, not stored), " + clients + " clients (load " + load + ")");
        var outcome = drive(axon(new DiscardingStorageEngine(SERIALIZER), null), clients);
        return new Measured("axon-only", outcome, "not stored");
    }

    private RawInsert.Outcome raw() throws Exception {
        log("raw multi-row INSERT, " + rawBatchRows + " rows per transaction (load " + loadAverage() + ")");
        byte[] payload = CanonicalJson.canonicalize(SERIALIZER.serialize(
                BenchInvoice.InvoiceRegistered.of("raw-0000000000000", 0), byte[].class).getData());
        byte[] metadata = CanonicalJson.canonicalize("{\"correlationId\":\"" + UUID.randomUUID() + "\",\"traceId\":\""
                + UUID.randomUUID() + "\"}");
        var database = JournalDatabase.create(2);
        try {
            var outcome = RawInsert.run(database.app(), meter, rawBatchRows, warmUp, measured, payload, metadata,
                    BenchInvoice.InvoiceRegistered.class.getName());
            long count = single(database.owner(), "select count(*) from journal_event");
            if (count != outcome.totalRows()) {
                problems.add("raw: " + count + " rows in the table, " + outcome.totalRows() + " committed");
            }
            log(String.format(Locale.ROOT, "  %.0f rows/s (payload %d B, metadata %d B), CPU per row: JVM %s us, PostgreSQL %s us,"
                    + " machine busy %s (other work %s)", outcome.perSecond(), payload.length, metadata.length, outcome.cpu().jvm(),
                    outcome.cpu().postgres(), outcome.cpu().machineBusy(), outcome.cpu().others()));
            return outcome;
        } finally {
            database.close();
            drop(database.name());
        }
    }

    /** Axon as the application configures it, with the given storage engine and, if any, transaction manager. */
    private static Configuration axon(EventStorageEngine engine, TransactionManager transactions) {
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> SERIALIZER)
                .configureMessageSerializer(c -> SERIALIZER)
                .configureEventSerializer(c -> SERIALIZER)
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(BenchInvoice.class);
        if (transactions != null) {
            configurer.configureTransactionManager(c -> transactions);
        }
        return configurer.buildConfiguration();
    }

    private LoadDriver.Outcome drive(Configuration axon, int clients) throws InterruptedException {
        axon.start();
        try {
            var gateway = axon.commandGateway();
            String prefix = "inv-" + runId + "-" + clients + "-";
            var outcome = LoadDriver.run(clients, warmUp, measured, meter,
                    sequence -> gateway.sendAndWait(new BenchInvoice.RegisterInvoice(prefix + sequence, sequence)));
            log(String.format(Locale.ROOT, "  %.0f events/s, p50 %.2f ms, p99 %.2f ms, CPU per event: JVM %s us, PostgreSQL %s us,"
                            + " machine busy %s (other work %s), %d failed%s", outcome.perSecond(), outcome.percentileMillis(50),
                    outcome.percentileMillis(99), outcome.cpu().jvm(), outcome.cpu().postgres(), outcome.cpu().machineBusy(),
                    outcome.cpu().others(),
                    outcome.failures(),
                    outcome.firstFailure() == null ? "" : " (first: " + outcome.firstFailure() + ")"));
            if (outcome.failures() > 0) {
                problems.add(clients + " clients: " + outcome.failures() + " commands failed, first: " + outcome.firstFailure());
            }
            return outcome;
        } finally {
            axon.shutdown();
        }
    }

    // --- checks: every acknowledged command is exactly one stored event, and the chain is whole ---

    private String checkJournal(DataSource owner, LoadDriver.Outcome outcome, Journal journal) throws SQLException {
        long count = single(owner, "select count(*) from journal_event");
        long head = single(owner, "select size from journal_head");
        long maxPosition = single(owner, "select coalesce(max(position), -1) from journal_event");
        long broken = single(owner, "select count(*) from (select prev_hash, lag(hash) over (order by position) as previous"
                + " from journal_event) chain where previous is not null and previous <> prev_hash");
        long nodes = single(owner, "select count(*) from merkle_node");
        // Each group commit is one transaction: its rows share an xmin.
        long transactions = single(owner, "select count(distinct xmin::text) from journal_event");
        if (count != outcome.totalSucceeded() || head != count || maxPosition != count - 1 || broken != 0) {
            problems.add("journal " + outcome.clients() + " clients: " + count + " events, head " + head + ", max position "
                    + maxPosition + ", " + broken + " broken links, " + outcome.totalSucceeded() + " commands acknowledged");
        }
        log("  checked: " + count + " events = acknowledged commands, positions gap-free, chain linked, " + nodes + " Merkle nodes; "
                + transactions + " group commits, " + String.format(Locale.ROOT, "%.1f", (double) count / Math.max(1, transactions))
                + " events per commit on average (warm-up included)");
        batchSizes.put(outcome.clients(), (double) count / Math.max(1, transactions));
        return eventBytes(owner, "journal_event");
    }

    private String checkStock(DataSource dataSource, LoadDriver.Outcome outcome) throws SQLException {
        long count = single(dataSource, "select count(*) from domainevententry");
        if (count != outcome.totalSucceeded()) {
            problems.add("stock " + outcome.clients() + " clients: " + count + " events, " + outcome.totalSucceeded() + " acknowledged");
        }
        log("  checked: " + count + " events = acknowledged commands");
        return eventBytes(dataSource, "domainevententry");
    }

    private static String eventBytes(DataSource dataSource, String table) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery("select round(avg(length(payload))), round(avg(length(metadata)))"
                        + " from (select payload, metadata from " + table + " limit 1000) sample")) {
            result.next();
            return result.getLong(1) + " + " + result.getLong(2);
        }
    }

    private static long single(DataSource dataSource, String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void drop(String database) {
        var server = TestPostgres.server();
        try (var connection = DriverManager.getConnection(server.jdbcUrl(server.defaultDatabase()), server.username(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            log("could not drop " + database + ": " + e.getMessage());
        }
    }

    // --- the report ---

    private static String environment(PostgresServer server) throws SQLException {
        var settings = new LinkedHashMap<String, String>();
        try (var connection = DriverManager.getConnection(server.jdbcUrl(server.defaultDatabase()), server.username(), server.password());
                var statement = connection.createStatement()) {
            try (var result = statement.executeQuery("select version()")) {
                result.next();
                settings.put("version", result.getString(1));
            }
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "shared_buffers")) {
                try (var result = statement.executeQuery("show " + name)) {
                    result.next();
                    settings.put(name, result.getString(1));
                }
            }
        }
        var runtime = Runtime.getRuntime();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "- machine: %d cores, %.1f GiB RAM, %s %s%n- JVM: %s %s (%s), max heap %d MiB, args %s%n"
                        + "- PostgreSQL: %s (%s)%n- PostgreSQL settings: %s%n- load average at start: %s",
                runtime.availableProcessors(), os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"), runtime.maxMemory() / (1024 * 1024),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), settings.remove("version"), server.description(),
                settingsText(settings), loadAverage());
    }

    private static String settingsText(Map<String, String> settings) {
        var text = new StringBuilder();
        settings.forEach((name, value) -> text.append(text.isEmpty() ? "" : ", ").append(name).append('=').append(value));
        return text.toString();
    }

    private String report(String environment, List<Measured> results, RawInsert.Outcome raw) {
        var out = new StringBuilder();
        out.append("### Journal append: one run\n\n").append(environment).append('\n')
                .append(String.format(Locale.ROOT, "- warm-up %d s, measured %d s per configuration; each on a fresh database%n%n",
                        warmUp.toSeconds(), measured.toSeconds()));
        out.append("| engine | clients | events/s | p50 ms | p99 ms | failed | JVM CPU us/event | PostgreSQL CPU us/event"
                + " | machine busy | busy with other work | payload + metadata bytes |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (var result : results) {
            var o = result.outcome();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %d | %s | %s | %s | %s | %s |%n",
                    ENGINE_NAMES.get(result.engine()),
                    o.clients(), o.perSecond(), o.percentileMillis(50), o.percentileMillis(99), o.failures(), o.cpu().jvm(),
                    o.cpu().postgres(), o.cpu().machineBusy(), o.cpu().others(), result.eventBytes()));
        }
        if (raw != null) {
            out.append(String.format(Locale.ROOT, "| raw multi-row INSERT, %d rows/transaction, 1 connection | - | %.0f rows/s"
                            + " | %.2f (per batch) | %.2f (per batch) | 0 | %s | %s | %s | %s | same shape |%n",
                    raw.batchRows(), raw.perSecond(), raw.percentileMillis(50), raw.percentileMillis(99), raw.cpu().jvm(),
                    raw.cpu().postgres(), raw.cpu().machineBusy(), raw.cpu().others()));
        }
        if (!batchSizes.isEmpty()) {
            out.append("\nHashChainedEventStorageEngine, events per group commit (transactions counted by xmin, warm-up included): ");
            var text = new StringBuilder();
            batchSizes.forEach((clients, size) -> text.append(text.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%.1f at %d clients", size, clients)));
            out.append(text).append('\n');
        }
        out.append("\nRatios:\n\n");
        for (int clients : clientCounts) {
            var ours = find(results, "journal", clients);
            var stock = find(results, "stock", clients);
            if (ours != null && stock != null) {
                double ratio = ours.outcome().perSecond() / stock.outcome().perSecond();
                out.append(String.format(Locale.ROOT, "- ours / stock at %d clients: %.2fx%s%n", clients, ratio,
                        clients == 64 ? (ratio >= 10 ? " (target >= 10x: met)" : " (target >= 10x: missed)") : ""));
            }
        }
        if (raw != null) {
            for (int clients : clientCounts) {
                var ours = find(results, "journal", clients);
                if (ours != null) {
                    double ratio = ours.outcome().perSecond() / raw.perSecond();
                    out.append(String.format(Locale.ROOT, "- ours at %d clients / raw insert: %.1f%%%s%n", clients, ratio * 100,
                            clients == clientCounts.get(clientCounts.size() - 1)
                                    ? (ratio >= 0.5 ? " (target >= 50%: met)" : " (target >= 50%: missed)") : ""));
                }
            }
        }
        if (!problems.isEmpty()) {
            out.append("\nProblems:\n\n");
            problems.forEach(problem -> out.append("- ").append(problem).append('\n'));
        }
        return out.toString();
    }

    private static Measured find(List<Measured> results, String engine, int clients) {
        return results.stream().filter(r -> r.engine().equals(engine) && r.outcome().clients() == clients).findFirst().orElse(null);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static void log(String message) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }
}
