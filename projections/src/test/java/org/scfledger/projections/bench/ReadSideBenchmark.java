package org.scfledger.projections.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.testing.TestAxon;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.projections.ReadSide;
import org.scfledger.projections.ReadSideProgress;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.asof.AsOfReplay;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.query.ReadModelQueries;

/**
 * The read side's benchmark (docs/benchmarks.md, "Read side"), on the embedded PostgreSQL, in one JVM at -Xmx512m that
 * runs the projector as the server does ({@code TestAxon}'s write side and {@link ReadSide#register}):
 * <ol start="0">
 *   <li><b>peak</b>: the journal's append rate with this load and no read side: 64 closed-loop clients, each appending
 *       its own program's units of work ({@link LedgerScenario}) through Axon's {@code EventStore.publish};</li>
 *   <li><b>lag</b>: the same clients paced to a total rate (by default 2,600, 5,200 and 10,400 events/s: 10,400 is half
 *       the journal's documented peak), the read side running; for every event that changes a member's credit line,
 *       the time from its append returning to the first read of {@code rm_member_line}, on a connection of its own,
 *       that shows the row's {@code last_position} at or past the event's position ({@link Poller});</li>
 *   <li><b>rebuild</b>: a journal of 1,000,000 such events (appended through the storage engine by 4 writers), the read
 *       models built from it when the server starts, then {@link ReadSide#rebuild} timed until {@link ReadSide#progress}
 *       is caught up; every table's rows counted and sampled lines and financings compared with as-of replays;</li>
 *   <li><b>as-of</b>: {@link AsOfReplay#memberLine} of one member of the largest program over that journal: time, and
 *       events read.</li>
 * </ol>
 * Exits non-zero if a fold refused an event, a line event was never seen, or a check failed. System properties (and
 * defaults): {@code bench.phases} (peak,lag,rebuild), {@code bench.lag.rates} (2600,5200,10400; "half-peak" for half the
 * measured peak), {@code bench.peak.seconds} (10), {@code bench.lag.clients} (64, one program each),
 * {@code bench.lag.members} (16 per program), {@code bench.lag.warmupSeconds} (30), {@code bench.lag.measureSeconds}
 * (30), {@code bench.lag.pollMicros} (1000), {@code bench.rebuild.events} (1000000), {@code bench.rebuild.programs} (40),
 * {@code bench.rebuild.members} (50), {@code bench.rebuild.writers} (4), {@code bench.flowsPerMember} (4 flows in
 * progress per member), {@code bench.output} (target/benchmarks/read-side.md).
 */
public final class ReadSideBenchmark {

    private static final double DOCUMENTED_PEAK = 20_828; // docs/benchmarks.md, journal at 64 clients

    private final List<String> phases = List.of(System.getProperty("bench.phases", "peak,lag,rebuild").split(","));
    private final List<String> lagRates = List.of(System.getProperty("bench.lag.rates", "2600,5200,10400").split(","));
    private final int peakSeconds = Integer.getInteger("bench.peak.seconds", 10);
    private final int lagClients = Integer.getInteger("bench.lag.clients", 64);
    private final int lagMembers = Integer.getInteger("bench.lag.members", 16);
    private final int lagWarmup = Integer.getInteger("bench.lag.warmupSeconds", 30);
    private final int lagMeasure = Integer.getInteger("bench.lag.measureSeconds", 30);
    private final long pollMicros = Long.getLong("bench.lag.pollMicros", 1000);
    private final long rebuildEvents = Long.getLong("bench.rebuild.events", 1_000_000);
    private final int rebuildPrograms = Integer.getInteger("bench.rebuild.programs", 40);
    private final int rebuildMembers = Integer.getInteger("bench.rebuild.members", 50);
    private final int flowsPerMember = Integer.getInteger("bench.flowsPerMember", 4);
    private final int writers = Integer.getInteger("bench.rebuild.writers", 4);
    private final Path output = Path.of(System.getProperty("bench.output", "target/benchmarks/read-side.md"));

    private final StringBuilder report = new StringBuilder();
    private final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int status;
        try {
            status = new ReadSideBenchmark().run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 2;
        }
        System.exit(status); // the shared test server's threads would keep the JVM alive
    }

    private int run() throws Exception {
        line("# Read side benchmark");
        line("");
        line(String.format(Locale.ROOT, "JVM: %s %s, max heap %d MB, %d cores.", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors()));
        line("");
        double peak = phases.contains("peak") ? peak() : DOCUMENTED_PEAK;
        if (phases.contains("lag")) {
            lag(peak);
        }
        if (phases.contains("rebuild")) {
            rebuildAndAsOf();
        }
        if (!problems.isEmpty()) {
            line("");
            line("**Problems:**");
            problems.forEach(p -> line("- " + p));
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report);
        System.out.println();
        System.out.println("Written to " + output.toAbsolutePath());
        return problems.isEmpty() ? 0 : 1;
    }

    // ------------------------------------------------------------------ the server under test

    /** A server instance: its database, journal, Axon with the write side and (optionally) the read side. */
    private static final class Server implements AutoCloseable {
        final JournalDatabase database;
        final Journal journal;
        final HashChainedEventStorageEngine engine;
        final AtomicLong handlerErrors = new AtomicLong();
        final AtomicReference<Throwable> firstError = new AtomicReference<>();
        final long postmaster;
        Configuration axon;

        Server(int poolSize) {
            database = JournalDatabase.create(poolSize);
            journal = Journal.open(database.app(), JournalSettings.defaults());
            engine = HashChainedEventStorageEngine.builder().journal(journal).eventSerializer(LedgerJson.serializer())
                    .snapshotSerializer(LedgerJson.serializer()).build();
            try (var connection = database.app().getConnection()) {
                postmaster = CpuWindow.postmasterOf(connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Starts Axon as the server does: the write side, the read side; a fold that throws is counted. */
        void start(boolean readSide) {
            Configurer configurer = TestAxon.configurer(engine);
            if (readSide) {
                ReadSide.register(configurer, database.app(), Clock.systemUTC());
            }
            configurer.eventProcessing().registerDefaultListenerInvocationErrorHandler(c -> (exception, event, handler) -> {
                handlerErrors.incrementAndGet();
                firstError.compareAndSet(null, exception);
            });
            axon = configurer.start();
        }

        ReadSideProgress progress() {
            return ReadSide.progress(axon, journal.head().size());
        }

        /** Waits until caught up; returns the seconds waited. */
        double awaitCaughtUp(long startNanos, double timeoutSeconds) {
            while (!progress().isCaughtUp()) {
                if (System.nanoTime() - startNanos > timeoutSeconds * 1e9) {
                    throw new IllegalStateException("The read models did not catch up in " + timeoutSeconds + " s: " + progress());
                }
                LockSupport.parkNanos(5_000_000);
            }
            return (System.nanoTime() - startNanos) / 1e9;
        }

        long count(String sql) {
            try (var connection = database.app().getConnection(); var statement = connection.createStatement();
                    var result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            if (axon != null) {
                axon.shutdown();
            }
            journal.close();
            database.close();
        }
    }

    // ------------------------------------------------------------------ 1. lag under steady load

    /** What one client committed in the measured window: per line event, the line, the sequence, the commit time. */
    private static final class ClientLog {
        long[] sequences = new long[1 << 14];
        int[] lines = new int[1 << 14];
        long[] committed = new long[1 << 14];
        int size;
        long[] appendNanos = new long[1 << 14];
        int appends;
        long events;
        long behindNanos; // how late the client was against its schedule, at most

        void line(long sequence, int line, long at) {
            if (size == sequences.length) {
                sequences = Arrays.copyOf(sequences, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
                committed = Arrays.copyOf(committed, size * 2);
            }
            sequences[size] = sequence;
            lines[size] = line;
            committed[size++] = at;
        }

        void append(long nanos) {
            if (appends == appendNanos.length) {
                appendNanos = Arrays.copyOf(appendNanos, appends * 2);
            }
            appendNanos[appends++] = nanos;
        }
    }

    /** Per member line, the values of last_position the poller saw, and when it first saw each. */
    private static final class Observations {
        long[] positions = new long[64];
        long[] seenAt = new long[64];
        int size;

        void add(long position, long at) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
                seenAt = Arrays.copyOf(seenAt, size * 2);
            }
            positions[size] = position;
            seenAt[size++] = at;
        }

        /** When a value at or past {@code position} was first seen; -1 if never. */
        long firstSeenAtOrPast(long position) {
            int low = 0;
            int high = size - 1;
            int found = -1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (positions[mid] >= position) {
                    found = mid;
                    high = mid - 1;
                } else {
                    low = mid + 1;
                }
            }
            return found < 0 ? -1 : seenAt[found];
        }
    }

    /** What one run of the clients did in its measured window. */
    private record LoadResult(long events, long appends, long[] appendNanos, long behindNanos, CpuWindow.Usage cpu,
            ClientLog[] logs) {
        double eventsPerSecond(int seconds) {
            return events / (double) seconds;
        }
    }

    /**
     * Runs one client per program, each appending its program's units of work through Axon's event store: paced to
     * {@code rate} events/s in all (open loop), or each as soon as its previous append returned ({@code rate} 0).
     */
    private LoadResult load(Server server, LedgerScenario.Program[] programs, @Nullable Map<String, Integer> lineIndex,
            double rate, int warmupSeconds, int measureSeconds) throws Exception {
        EventStore store = server.axon.eventStore();
        int clients = programs.length;
        long nanosPerEventPerClient = rate <= 0 ? 0 : (long) (clients * 1e9 / rate);
        long start = System.nanoTime() + 100_000_000;
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long measureTo = measureFrom + measureSeconds * 1_000_000_000L;
        var logs = new ClientLog[clients];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        var futures = new ArrayList<Future<?>>();
        var cpuUsage = new AtomicReference<CpuWindow.Usage>();
        Thread meter = new Thread(() -> {
            sleepUntil(measureFrom);
            var cpu = CpuWindow.start(server.postmaster);
            sleepUntil(measureTo);
            cpuUsage.set(cpu.stop());
        }, "bench-cpu");
        meter.setDaemon(true);
        meter.start();
        for (int c = 0; c < clients; c++) {
            int client = c;
            logs[c] = new ClientLog();
            futures.add(pool.submit(() -> {
                var program = programs[client];
                var log = logs[client];
                long sent = 0;
                long offset = nanosPerEventPerClient == 0 ? 0 : client * (nanosPerEventPerClient / clients);
                sleepUntil(start);
                while (true) {
                    LedgerScenario.Unit unit = program.next();
                    long due = start + offset + sent * nanosPerEventPerClient;
                    if (nanosPerEventPerClient > 0) {
                        if (due >= measureTo) {
                            return null;
                        }
                        sleepUntil(due);
                    }
                    long before = System.nanoTime();
                    if (before >= measureTo) {
                        return null;
                    }
                    store.publish(unit.events());
                    long after = System.nanoTime();
                    sent += unit.size();
                    if (before >= measureFrom) {
                        if (nanosPerEventPerClient > 0) {
                            log.behindNanos = Math.max(log.behindNanos, before - due);
                        }
                        log.append(after - before);
                        log.events += unit.size();
                        if (lineIndex != null) {
                            for (var event : unit.lineEvents()) {
                                log.line(event.sequence(), lineIndex.get(event.lineKey()), after);
                            }
                        }
                    }
                }
            }));
        }
        for (var future : futures) {
            future.get();
        }
        meter.join(); // before the clients' threads end, for their CPU time
        pool.shutdown();
        long events = 0;
        long appends = 0;
        long behind = 0;
        for (var log : logs) {
            events += log.events;
            appends += log.appends;
            behind = Math.max(behind, log.behindNanos);
        }
        long[] appendNanos = new long[(int) appends];
        int a = 0;
        for (var log : logs) {
            System.arraycopy(log.appendNanos, 0, appendNanos, a, log.appends);
            a += log.appends;
        }
        Arrays.sort(appendNanos);
        return new LoadResult(events, appends, appendNanos, behind, cpuUsage.get(), logs);
    }

    /** The programs of a load run, created and their members admitted; their member lines, numbered. */
    private LedgerScenario.Program[] openPrograms(Server server, Map<String, Integer> lineIndex) {
        var programs = new LedgerScenario.Program[lagClients];
        for (int c = 0; c < lagClients; c++) {
            programs[c] = new LedgerScenario.Program(String.format(Locale.ROOT, "L%02d", c), lagMembers,
                    flowsPerMember * lagMembers, 1000 + c);
            for (PartyId member : programs[c].members) {
                lineIndex.put(programs[c].lineKey(member), lineIndex.size());
            }
            for (int u = 0; u <= lagMembers; u++) { // created, then every member admitted
                server.axon.eventStore().publish(programs[c].next().events());
            }
        }
        return programs;
    }

    /** The journal's peak with this load: closed-loop clients, no read side. */
    private double peak() throws Exception {
        line("## 0. Peak append rate of this load (no read side)");
        line("");
        try (var server = new Server(24)) {
            server.start(false);
            var programs = openPrograms(server, new HashMap<>());
            var result = load(server, programs, null, 0, Math.max(1, lagWarmup / 2), peakSeconds);
            double rate = result.eventsPerSecond(peakSeconds);
            line(String.format(Locale.ROOT, "- %d closed-loop clients (one program each, %d members), units of work of %.2f "
                    + "events on average through `EventStore.publish`: **%,.0f events/s** (%,.0f appends/s) over %d s; "
                    + "append latency p50 %.2f ms, p99 %.2f ms.", lagClients, lagMembers,
                    result.events / (double) result.appends, rate, result.appends / (double) peakSeconds, peakSeconds,
                    pct(result.appendNanos, 50), pct(result.appendNanos, 99)));
            if (result.cpu != null) {
                line("- CPU: " + result.cpu + "; per event " + result.cpu.perUnit(result.events) + ". JVM cores by thread: "
                        + result.cpu.threads() + ".");
            }
            line("");
            return rate;
        }
    }

    private void lag(double peak) throws Exception {
        line("## 1. Lag: an event's commit to its effect in rm_member_line, under steady load");
        line("");
        for (String rateText : lagRates) {
            double rate = rateText.equals("half-peak") ? peak / 2 : Double.parseDouble(rateText);
            if (rate > 0) {
                lagAt(rate);
            }
        }
    }

    private void lagAt(double rate) throws Exception {
        try (var server = new Server(24)) {
            server.start(true);
            Map<String, Integer> lineIndex = new HashMap<>();
            var programs = openPrograms(server, lineIndex);
            server.awaitCaughtUp(System.nanoTime(), 60);

            var observations = new Observations[lineIndex.size()];
            Arrays.setAll(observations, i -> new Observations());
            var poller = new Poller(server, lineIndex, observations);
            Thread pollerThread = new Thread(poller, "bench-poller");
            pollerThread.setPriority(Thread.MAX_PRIORITY);
            pollerThread.start();

            long loadStarted = System.nanoTime();
            var result = load(server, programs, lineIndex, rate, lagWarmup, lagMeasure);
            long stopped = System.nanoTime();
            double caughtUpAfter = server.awaitCaughtUp(stopped, 600);
            LockSupport.parkNanos(50_000_000);
            poller.stop = true;
            pollerThread.join();

            // Positions of the program events, by (aggregate, sequence).
            Map<String, long[]> positions = new HashMap<>();
            try (var connection = server.database.app().getConnection(); var statement = connection.prepareStatement(
                    "select aggregate_id, aggregate_sequence, position from journal_event where aggregate_type = 'Program'")) {
                connection.setAutoCommit(false);
                statement.setFetchSize(10_000);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long[] bySequence = positions.computeIfAbsent(rows.getString(1), k -> new long[1024]);
                        int sequence = (int) rows.getLong(2);
                        if (sequence >= bySequence.length) {
                            bySequence = Arrays.copyOf(bySequence, Math.max(sequence + 1, bySequence.length * 2));
                            positions.put(rows.getString(1), bySequence);
                        }
                        bySequence[sequence] = rows.getLong(3);
                    }
                }
                connection.commit();
            }
            long total = 0;
            for (var log : result.logs) {
                total += log.size;
            }
            long[] lags = new long[(int) total];
            long[] committedAt = new long[(int) total];
            int n = 0;
            long unseen = 0;
            for (int c = 0; c < programs.length; c++) {
                var log = result.logs[c];
                long[] bySequence = positions.get(programs[c].aggregateId);
                for (int i = 0; i < log.size; i++) {
                    long seen = observations[log.lines[i]].firstSeenAtOrPast(bySequence[(int) log.sequences[i]]);
                    if (seen < 0) {
                        unseen++;
                    } else {
                        committedAt[n] = log.committed[i];
                        lags[n++] = seen - log.committed[i];
                    }
                }
            }
            lags = Arrays.copyOf(lags, n);
            committedAt = Arrays.copyOf(committedAt, n);
            String drift = drift(committedAt, lags);
            Arrays.sort(lags);
            if (unseen > 0) {
                problems.add(String.format(Locale.ROOT, "lag at %,.0f events/s: %d line events never seen in rm_member_line",
                        rate, unseen));
            }
            if (server.handlerErrors.get() > 0) {
                problems.add("lag: " + server.handlerErrors.get() + " events the read models refused, first: "
                        + server.firstError.get());
            }
            double achieved = result.eventsPerSecond(lagMeasure);
            double p99 = pct(lags, 99);
            double seconds = (stopped - loadStarted) / 1e9;
            line(String.format(Locale.ROOT, "### At %,.0f events/s", rate));
            line("");
            line(String.format(Locale.ROOT, "- Load: %d clients, one program each (%d members), units of work of %.2f events on "
                    + "average through `EventStore.publish` (returns once durable), paced to %,.0f events/s in all; achieved "
                    + "**%,.0f events/s** (%,d appends) over %d s after %d s of warm-up; clients at most %.1f ms behind "
                    + "schedule; append latency p50 %.2f ms, p99 %.2f ms.",
                    programs.length, lagMembers, result.events / (double) result.appends, rate, achieved, result.appends,
                    lagMeasure, lagWarmup, result.behindNanos / 1e6, pct(result.appendNanos, 50), pct(result.appendNanos, 99)));
            line(String.format(Locale.ROOT, "- **Lag (commit → row visible) of %,d credit-line events: p50 %.1f ms, p90 %.1f ms, "
                    + "p99 %.1f ms, p99.9 %.1f ms, max %.1f ms** (target p99 < 50 ms: %s).",
                    n, pct(lags, 50), pct(lags, 90), p99, pct(lags, 99.9), n == 0 ? Double.NaN : lags[n - 1] / 1e6,
                    p99 < 50 ? "met" : "**missed**") + " " + drift);
            line(String.format(Locale.ROOT, "- The projector's commits seen during the load: %,d (%.0f/s, ~%.0f journal positions "
                    + "each); rm_member_line queried %,d times (avg %.0f µs), when token_entry (checked every %d µs) moved.",
                    poller.changes, poller.changes / seconds, poller.batchEvents / (double) Math.max(1, poller.changes),
                    poller.tableQueries, poller.tableQueries == 0 ? 0 : poller.tableNanos / 1e3 / poller.tableQueries,
                    pollMicros));
            if (result.cpu != null) {
                line("- CPU in the measured window: " + result.cpu + "; per event " + result.cpu.perUnit(result.events)
                        + ". JVM cores by thread: " + result.cpu.threads() + ".");
            }
            line(String.format(Locale.ROOT, "- Caught up %.2f s after the load stopped.", caughtUpAfter));
            line("");
        }
    }

    /**
     * Watches rm_member_line on a connection of its own: checks the processor's token (one row) every
     * {@code pollMicros}; whenever it moved, or at least every 20 ms, reads the member lines whose last_position
     * passed the last one seen, and records when each value was first seen. The projector commits the token and the
     * rows together, so the token only says when to look; what is recorded is what the table showed.
     */
    private final class Poller implements Runnable {
        private final Server server;
        private final Map<String, Integer> lineIndex;
        private final Observations[] observations;
        volatile boolean stop;
        long changes;
        long batchEvents;
        long tableQueries;
        long tableNanos;

        Poller(Server server, Map<String, Integer> lineIndex, Observations[] observations) {
            this.server = server;
            this.lineIndex = lineIndex;
            this.observations = observations;
        }

        @Override
        public void run() {
            try (Connection connection = server.database.app().getConnection();
                    var token = connection.prepareStatement("select token from token_entry where processor_name = ?");
                    var lines = connection.prepareStatement("select key, last_position from rm_member_line where last_position > ?")) {
                token.setString(1, ReadSide.PROCESSOR);
                byte[] lastToken = null;
                long seen = -1;
                long lastQuery = 0;
                while (!stop) {
                    byte[] current = null;
                    try (var result = token.executeQuery()) {
                        if (result.next()) {
                            current = result.getBytes(1);
                        }
                    }
                    long now = System.nanoTime();
                    if (!Arrays.equals(current, lastToken) || now - lastQuery > 20_000_000) {
                        lastToken = current;
                        lastQuery = now;
                        long before = seen;
                        lines.setLong(1, seen);
                        try (var result = lines.executeQuery()) {
                            while (result.next()) {
                                long position = result.getLong(2);
                                observations[lineIndex.get(result.getString(1))].add(position, now);
                                seen = Math.max(seen, position);
                            }
                        }
                        tableQueries++;
                        tableNanos += System.nanoTime() - now;
                        if (seen > before) {
                            changes++;
                            batchEvents += before < 0 ? 0 : seen - before;
                        }
                    }
                    LockSupport.parkNanos(pollMicros * 1000);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ------------------------------------------------------------------ 2. rebuild, 3. as-of

    private void rebuildAndAsOf() throws Exception {
        line(String.format(Locale.ROOT, "## 2. Rebuild of every read model from %,d events", rebuildEvents));
        line("");
        try (var server = new Server(writers + 8)) {
            var programs = new LedgerScenario.Program[rebuildPrograms];
            for (int p = 0; p < rebuildPrograms; p++) {
                programs[p] = new LedgerScenario.Program(String.format(Locale.ROOT, "P%02d", p), rebuildMembers,
                        flowsPerMember * rebuildMembers, 7 + p);
            }
            long fillStarted = System.nanoTime();
            fill(server, programs);
            double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;
            long size = server.journal.head().size();
            long financings = server.count("select count(distinct aggregate_id) from journal_event where aggregate_type = 'Financing'");
            long receivables = server.count("select count(distinct aggregate_id) from journal_event where aggregate_type = 'Receivable'");
            long programEvents = server.count("select count(*) from journal_event where aggregate_type = 'Program'");
            long journalBytes = server.count("select pg_total_relation_size('journal_event')");
            line(String.format(Locale.ROOT, "- Journal: %,d events (%,d program events, %,d financings, %,d receivables and "
                    + "parts; %d programs of %d members), appended by %d writers through the storage engine in %.1f s "
                    + "(%,.0f events/s); journal_event %,d MB.",
                    size, programEvents, financings, receivables, rebuildPrograms, rebuildMembers, writers, fillSeconds,
                    size / fillSeconds, journalBytes >> 20));

            // The server starts: the read models are built from the journal's first event.
            long started = System.nanoTime();
            var cpu = CpuWindow.start(server.postmaster);
            server.start(true);
            double build = server.awaitCaughtUp(started, 1800);
            var buildCpu = cpu.stop();
            line(String.format(Locale.ROOT, "- Initial build (server start, empty read models): %.1f s, %,.0f events/s; %s; "
                    + "per event %s.", build, size / build, buildCpu, buildCpu.perUnit(size)));
            checkReadModels(server, programs, size, financings, receivables, "initial build");

            // The rebuild: ReadSide.rebuild until the progress is caught up.
            started = System.nanoTime();
            cpu = CpuWindow.start(server.postmaster);
            ReadSide.rebuild(server.axon);
            double rebuild = server.awaitCaughtUp(started, 1800);
            var rebuildCpu = cpu.stop();
            line(String.format(Locale.ROOT, "- **Rebuild (`ReadSide.rebuild` until `progress` is caught up): %.1f s, %,.0f "
                    + "events/s** (target < 60 s: %s); %s; per event %s.", rebuild, size / rebuild,
                    rebuild < 60 ? "met" : "**missed**", rebuildCpu, rebuildCpu.perUnit(size)));
            checkReadModels(server, programs, size, financings, receivables, "rebuild");
            line(String.format(Locale.ROOT, "- Read models after it: rm_program_line %,d rows, rm_member_line %,d, "
                    + "rm_financing %,d, rm_receivable %,d; %,d MB in all.",
                    server.count("select count(*) from rm_program_line"), server.count("select count(*) from rm_member_line"),
                    server.count("select count(*) from rm_financing"), server.count("select count(*) from rm_receivable"),
                    server.count("select pg_total_relation_size('rm_program_line') + pg_total_relation_size('rm_member_line')"
                            + " + pg_total_relation_size('rm_financing') + pg_total_relation_size('rm_receivable')") >> 20));
            line("- Average state JSON per row: " + String.join(", ", List.of("rm_program_line", "rm_member_line",
                    "rm_financing", "rm_receivable").stream().map(table -> String.format(Locale.ROOT, "%s %,d bytes", table,
                    server.count("select coalesce(avg(octet_length(state::text)), 0)::bigint from " + table))).toList()) + ".");
            line("");
            asOf(server, programs, size);
        }
    }

    /** Appends the programs' units until the journal holds {@code rebuildEvents}: each writer owns some programs. */
    private void fill(Server server, LedgerScenario.Program[] programs) throws Exception {
        LedgerScenario.append(server.engine, programs, rebuildEvents, writers, () -> { });
    }

    /** Every entity is in its table, no fold refused an event, and sampled lines agree with the as-of replay. */
    private void checkReadModels(Server server, LedgerScenario.Program[] programs, long size, long financings,
            long receivables, String when) {
        if (server.handlerErrors.get() > 0) {
            problems.add(when + ": " + server.handlerErrors.get() + " events the read models refused, first: "
                    + server.firstError.get());
        }
        long[] expected = {programs.length, (long) programs.length * rebuildMembers, financings, receivables};
        String[] tables = {"rm_program_line", "rm_member_line", "rm_financing", "rm_receivable"};
        for (int t = 0; t < tables.length; t++) {
            long rows = server.count("select count(*) from " + tables[t]);
            if (rows != expected[t]) {
                problems.add(when + ": " + tables[t] + " has " + rows + " rows, expected " + expected[t]);
            }
        }
        long maxPosition = server.count("select greatest((select max(last_position) from rm_program_line),"
                + " (select max(last_position) from rm_financing), (select max(last_position) from rm_receivable))");
        if (maxPosition != size - 1) {
            problems.add(when + ": the read models end at " + maxPosition + ", the journal at " + (size - 1));
        }
        var queries = new ReadModelQueries(server.database.app());
        var replay = asOfReplay(server);
        var random = new SplittableRandom(42);
        for (int i = 0; i < 10; i++) {
            var program = programs[random.nextInt(programs.length)];
            PartyId member = program.members.get(random.nextInt(program.members.size()));
            Optional<MemberLineView> live = queries.memberLine(program.id, member);
            Optional<MemberLineView> replayed = replay.memberLine(program.id, member, AsOf.head());
            if (live.isEmpty() || !live.equals(replayed)) {
                problems.add(when + ": the line of " + member + " in " + program.id.value() + " is " + live
                        + " live but " + replayed + " replayed");
            }
        }
        var sampled = new ArrayList<String>();
        try (var connection = server.database.app().getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery("select aggregate_id from journal_event where aggregate_type = 'Financing'"
                        + " and aggregate_sequence = 0 and position % 997 = 0 limit 8")) {
            while (result.next()) {
                sampled.add(result.getString(1).substring("financing:".length()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (String financing : sampled) {
            var id = FinancingId.of(financing);
            var date = LocalDate.parse("2024-06-30");
            var live = queries.financing(id, date);
            var replayed = replay.financing(id, AsOf.head(), date);
            if (!live.equals(replayed)) {
                problems.add(when + ": financing " + id + " is " + live + " live but " + replayed + " replayed");
            }
        }
    }

    private static AsOfReplay asOfReplay(Server server) {
        try {
            Path keys = Files.createTempDirectory("ledger-keys");
            var checkpoints = new Checkpoints(server.journal, LedgerSigner.loadOrCreate(keys, server.journal.suite()),
                    Clock.systemUTC());
            return new AsOfReplay(server.journal, checkpoints);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void asOf(Server server, LedgerScenario.Program[] programs, long size) {
        line(String.format(Locale.ROOT, "## 3. As-of replay of one member's credit line over %,d events", size));
        line("");
        var replay = asOfReplay(server);
        var queries = new ReadModelQueries(server.database.app());
        String largest = null;
        long largestEvents = -1;
        try (var connection = server.database.app().getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery("select aggregate_id, count(*) from journal_event"
                        + " where aggregate_type = 'Program' group by aggregate_id order by 2 desc limit 1")) {
            result.next();
            largest = result.getString(1);
            largestEvents = result.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        LedgerScenario.Program program = null;
        for (var p : programs) {
            if (p.aggregateId.equals(largest)) {
                program = p;
            }
        }
        PartyId member = program.members.get(program.members.size() / 2);
        ProgramId programId = program.id;
        int runs = 7;
        double[] millis = new double[runs];
        Optional<MemberLineView> view = Optional.empty();
        for (int r = 0; r < runs; r++) {
            long started = System.nanoTime();
            view = replay.memberLine(programId, member, AsOf.head());
            millis[r] = (System.nanoTime() - started) / 1e6;
        }
        double first = millis[0];
        double[] warm = Arrays.copyOfRange(millis, 1, runs);
        Arrays.sort(warm);
        boolean same = view.isPresent() && view.equals(queries.memberLine(programId, member));
        if (!same) {
            problems.add("as-of: the replayed line of " + member + " differs from the live read model");
        }
        line(String.format(Locale.ROOT, "- `AsOfReplay.memberLine(%s, %s, AsOf.head())` on the largest program: reads "
                + "**%,d events** (its program's stream: %.1f%% of the journal) and folds the program and member lines.",
                programId.value(), member.value(), largestEvents, 100.0 * largestEvents / size));
        line(String.format(Locale.ROOT, "- **First call %.0f ms; then median %.0f ms, max %.0f ms over %d calls** "
                + "(target < 1 s: %s). Same line as the live read model: %s.", first, warm[warm.length / 2],
                warm[warm.length - 1], warm.length, Math.max(first, warm[warm.length - 1]) < 1000 ? "met" : "**missed**",
                same ? "yes" : "NO"));
        line("");
    }

    // ------------------------------------------------------------------ helpers

    /** The median lag of the events committed in the first and in the last 5 s of the window: does a backlog grow? */
    private static String drift(long[] committedAt, long[] lags) {
        if (committedAt.length == 0) {
            return "";
        }
        long first = Arrays.stream(committedAt).min().getAsLong();
        long last = Arrays.stream(committedAt).max().getAsLong();
        long[] early = java.util.stream.IntStream.range(0, lags.length).filter(i -> committedAt[i] < first + 5_000_000_000L)
                .mapToLong(i -> lags[i]).sorted().toArray();
        long[] late = java.util.stream.IntStream.range(0, lags.length).filter(i -> committedAt[i] > last - 5_000_000_000L)
                .mapToLong(i -> lags[i]).sorted().toArray();
        return String.format(Locale.ROOT, "Median lag of the events committed in the window's first 5 s: %.1f ms, in its "
                + "last 5 s: %.1f ms.", pct(early, 50), pct(late, 50));
    }

    private static double pct(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void sleepUntil(long nanos) {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
