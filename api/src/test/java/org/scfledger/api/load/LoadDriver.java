package org.scfledger.api.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Drives the API over HTTP on loopback as a bank's day would: for each financing, the supplier requests a drawdown, the
 * funder approves and disburses it, the supplier repays it and reads its line (one in five); one financing in three
 * comes with an order, an invoice and a receivable the core enterprise confirms. The server runs as its own process with
 * -Xmx512m, so that its resident memory is its own.
 *
 * <p>Phases: the whole run unpaced (throughput, per-endpoint latency, the time for all financings), then a paced
 * phase at half that rate (latency from the financing request to the funder's decision).
 */
public final class LoadDriver {

    private static final Pattern KEY = Pattern.compile("lk\\.[a-z0-9]{12}\\.[A-Za-z0-9_-]{43}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final ConcurrentHashMap<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    private LoadDriver(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        int financings = Integer.getInteger("load.financings", 20_000);
        int clients = Integer.getInteger("load.clients", 32);
        int programs = Integer.getInteger("load.programs", 16);
        int pacedSeconds = Integer.getInteger("load.pacedSeconds", 60);
        Path jar = Path.of(System.getProperty("load.jar", "target/ledger.jar"));
        Path output = Path.of(System.getProperty("load.output", "target/benchmarks/api-load.md"));
        Path dataDir = Files.createTempDirectory("ledger-load");
        int port = freePort();

        var server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString(), "serve", "--data-dir", dataDir.toString(),
                "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile()).start();
        try {
            var driver = new LoadDriver(port);
            driver.awaitUp();
            String operator = issueOperatorKey(jar, dataDir);
            var world = World.create(driver, operator, programs, clients);
            System.out.printf(Locale.ROOT, "load: %d financings, %d clients, %d programs%n", financings, clients, programs);

            long start = System.nanoTime();
            driver.run(world, clients, financings, 0, "all");
            double seconds = (System.nanoTime() - start) / 1e9;
            double flowsPerSecond = financings / seconds;
            long totalRequests = driver.requests.get();
            var peak = driver.snapshot();
            long rssAfterPeak = rssKb(server.pid(), "VmRSS");

            driver.latencies.clear();
            double halfRate = flowsPerSecond / 2;
            int pacedFlows = (int) (halfRate * pacedSeconds);
            long pacedStart = System.nanoTime();
            driver.run(world, clients, pacedFlows, halfRate, "paced");
            double pacedActual = pacedFlows / ((System.nanoTime() - pacedStart) / 1e9);
            var paced = driver.snapshot();
            long rss = rssKb(server.pid(), "VmRSS");
            long hwm = rssKb(server.pid(), "VmHWM");

            var report = new StringBuilder();
            report.append(String.format(Locale.ROOT, "## API load (%s)%n%n", LocalDate.now()));
            report.append(String.format(Locale.ROOT, "- %,d financings (%,d requests) in %.1f s: %.0f financings/s, %.0f requests/s;"
                    + " %,d failed requests%n", financings, totalRequests, seconds, flowsPerSecond, totalRequests / seconds, driver.failures.get()));
            report.append(String.format(Locale.ROOT, "- time for 500,000 financings at this rate: %.1f min%n", 500_000 / flowsPerSecond / 60));
            report.append(String.format(Locale.ROOT, "- paced at half: %.0f financings/s for %d s; request → decision p50 %.1f ms, p99 %.1f ms%n",
                    pacedActual, pacedSeconds, paced.get("request→decision").percentile(50), paced.get("request→decision").percentile(99)));
            report.append(String.format(Locale.ROOT, "- server resident memory (-Xmx512m): %,d MB after the full run, %,d MB now, peak %,d MB%n%n",
                    rssAfterPeak / 1024, rss / 1024, hwm / 1024));
            report.append("| endpoint (unpaced run) | requests | p50 ms | p99 ms |\n|---|---:|---:|---:|\n");
            peak.forEach((name, values) -> report.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f |%n", name, values.count(),
                    values.percentile(50), values.percentile(99))));
            Files.createDirectories(output.getParent());
            Files.writeString(output, report.toString());
            System.out.println(report);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private void run(World world, int clients, int flows, double flowsPerSecond, String phase) throws InterruptedException {
        var next = new AtomicLong();
        var done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            var member = world.members().get(c % world.members().size());
            var thread = new Thread(() -> {
                try {
                    long flow;
                    while ((flow = next.getAndIncrement()) < flows) {
                        if (flowsPerSecond > 0) {
                            long due = start + (long) (flow / flowsPerSecond * 1e9);
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                        }
                        flow(world, member, phase + "-" + flow, flow);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            thread.start();
        }
        done.await();
    }

    /**
     * One financing with its surrounding events: one in three comes with an order (registered by the core enterprise,
     * accepted), an invoice against it and a receivable the core enterprise confirms.
     */
    private void flow(World world, World.Member member, String id, long n) {
        String day = world.day().toString();
        String amount = "{\"amount\": \"1000.00\", \"currency\": \"CNY\"}";
        if (n % 3 == 0) {
            String order = "PO:" + id;
            String five = "{\"amount\": \"5000.00\", \"currency\": \"CNY\"}";
            post("register order", "/api/v1/orders", world.coreKey(), "{\"orderId\": \"" + order + "\", \"buyer\": \"" + world.core()
                    + "\", \"seller\": \"" + member.id() + "\", \"amount\": " + five + ", \"orderDate\": \"" + day
                    + "\", \"description\": \"parts\"}");
            post("accept order", "/api/v1/orders/" + order + "/acceptance", member.key(), "{\"acceptedOn\": \"" + day + "\"}");
            String series = Character.toUpperCase(id.charAt(0)) + "L";
            String invoice = "INV:91440300MA5FQ2N7BM:" + series + ":" + n;
            post("issue invoice", "/api/v1/invoices", member.key(), "{\"issuer\": \"" + member.id() + "\", \"issuerTaxId\": \"91440300MA5FQ2N7BM\","
                    + " \"invoiceCode\": \"" + series + "\", \"invoiceNumber\": \"" + n + "\", \"buyer\": \"" + world.core()
                    + "\", \"amount\": " + five + ", \"taxAmount\": {\"amount\": \"0.00\", \"currency\": \"CNY\"}, \"issueDate\": \""
                    + day + "\", \"orderId\": \"" + order + "\"}");
            String receivable = "RCV:" + id;
            post("register receivable", "/api/v1/receivables", member.key(), "{\"receivableId\": \"" + receivable + "\", \"creditor\": \""
                    + member.id() + "\", \"debtor\": \"" + world.core() + "\", \"faceAmount\": " + five + ", \"maturityDate\": \""
                    + world.day().plusDays(90) + "\", \"invoiceIds\": [\"" + invoice + "\"], \"orderId\": \"" + order
                    + "\", \"programId\": \"" + member.program() + "\", \"registeredOn\": \"" + day + "\"}");
            post("confirm receivable", "/api/v1/receivables/" + receivable + "/confirmation", world.coreKey(),
                    "{\"confirmedOn\": \"" + day + "\"}");
        }
        long requested = System.nanoTime();
        post("request drawdown", "/api/v1/financings/drawdowns", member.key(), "{\"financingId\": \"" + id + "\", \"programId\": \""
                + member.program() + "\", \"member\": \"" + member.id() + "\", \"amount\": " + amount + ", \"method\": \"BULLET\","
                + " \"tenor\": {\"periods\": 1, \"monthsPerPeriod\": 1}, \"businessDate\": \"" + day + "\"}");
        post("decide", "/api/v1/financings/" + id + "/decision", world.funderKey(),
                "{\"decision\": \"APPROVE\", \"reasons\": [], \"businessDate\": \"" + day + "\"}");
        record("request→decision", System.nanoTime() - requested);
        post("disburse", "/api/v1/financings/" + id + "/disbursement", world.funderKey(), "{\"businessDate\": \"" + day + "\"}");
        post("repay", "/api/v1/financings/" + id + "/repayments", member.key(), "{\"amount\": " + amount + ", \"businessDate\": \"" + day + "\"}");
        if (n % 5 == 0) {
            get("read line", "/api/v1/programs/" + member.program() + "/members/" + member.id(), member.key());
        }
    }

    String post(String name, String path, String key, String body) {
        return send(name, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    String get(String name, String path, String key) {
        return send(name, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key).GET());
    }

    private String send(String name, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            requests.incrementAndGet();
            record(name, System.nanoTime() - start);
            if (response.statusCode() >= 400 && failures.incrementAndGet() <= 10) {
                System.err.println("load: " + name + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            failures.incrementAndGet();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void record(String name, long nanos) {
        latencies.computeIfAbsent(name, n -> new Latencies()).add(nanos);
    }

    private java.util.Map<String, Latencies> snapshot() {
        return new java.util.TreeMap<>(latencies);
    }

    private void awaitUp() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not start");
    }

    private static String issueOperatorKey(Path jar, Path dataDir) throws IOException, InterruptedException {
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "api-key", "--data-dir", dataDir.toString(), "--party", "operator", "--user", "load-driver").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        var key = KEY.matcher(output);
        if (!key.find()) {
            throw new IllegalStateException("no operator key: " + output);
        }
        return key.group();
    }

    private static long rssKb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Latencies of one endpoint, in nanoseconds. */
    static final class Latencies {
        private final List<Long> values = new ArrayList<>();

        synchronized void add(long nanos) {
            values.add(nanos);
        }

        synchronized int count() {
            return values.size();
        }

        synchronized double percentile(double p) {
            if (values.isEmpty()) {
                return Double.NaN;
            }
            var sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    /** The parties, program and keys the load runs against; set up through the API too. */
    record World(String core, String coreKey, String funderKey, LocalDate day, List<Member> members) {

        record Member(String id, String program, String key) {
        }

        static World create(LoadDriver api, String operator, int programs, int members) {
            LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            register(api, operator, "core", "CORE_ENTERPRISE");
            register(api, operator, "bank", "FUNDER");
            String coreKey = key(api, operator, "core");
            String funderKey = key(api, operator, "bank");
            var list = new ArrayList<Member>();
            for (int p = 0; p < programs; p++) {
                String program = "P" + p;
                api.post("setup", "/api/v1/programs", funderKey, "{\"programId\": \"" + program + "\", \"coreEnterprise\": \"core\","
                        + " \"funder\": \"bank\", \"currency\": \"CNY\", \"programLimit\": {\"amount\": \"100000000000.00\", \"currency\": \"CNY\"},"
                        + " \"validFrom\": \"" + day.minusDays(1) + "\", \"validTo\": \"" + day.plusYears(1) + "\","
                        + " \"advanceRates\": {\"rates\": {\"RECEIVABLE\": {\"fraction\": \"0.80\"}}},"
                        + " \"pricing\": {\"annualRate\": {\"annual\": \"0.0435\"}, \"dayCount\": \"ACT_360\", \"penaltyMultiplier\": \"1.5\"},"
                        + " \"maxTenorDays\": 365, \"matchTolerancePercent\": \"1\"}");
            }
            for (int m = 0; m < members; m++) {
                String id = "supplier-" + m;
                String program = "P" + (m % programs);
                register(api, operator, id, "SUPPLIER");
                api.post("setup", "/api/v1/programs/" + program + "/members", funderKey, "{\"member\": \"" + id + "\", \"side\": \"SUPPLIER\","
                        + " \"baseLimit\": {\"amount\": \"1000000000.00\", \"currency\": \"CNY\"},"
                        + " \"memberCap\": {\"amount\": \"1000000000.00\", \"currency\": \"CNY\"}}");
                list.add(new Member(id, program, key(api, operator, id)));
            }
            return new World("core", coreKey, funderKey, day, list);
        }

        private static void register(LoadDriver api, String operator, String id, String role) {
            api.post("setup", "/api/v1/parties", operator, "{\"partyId\": \"" + id + "\", \"legalName\": \"Party " + id + "\","
                    + " \"unifiedSocialCreditCode\": \"91440300MA5FQ2N7BM\", \"roles\": [\"" + role + "\"]}");
        }

        private static String key(LoadDriver api, String operator, String party) {
            var key = KEY.matcher(api.post("setup", "/api/v1/parties/" + party + "/credentials", operator, "{\"user\": \"load\"}"));
            if (!key.find()) {
                throw new IllegalStateException("no key for " + party);
            }
            return key.group();
        }
    }
}
