package org.scfledger.core.journal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.scfledger.core.journal.export.ExportProgress;
import org.scfledger.core.journal.export.JournalExporter;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.crypto.HashAlgorithm;

/**
 * The journal at scale (docs/benchmarks.md, "Journal at scale"): fills a journal to 1 and 10 million events
 * through the group-commit appender, then measures inclusion and consistency proof latency at each size,
 * exports the whole journal, and verifies the export in a separate JVM limited to {@code -Xmx256m}, beside
 * the raw hash rate of the same bytes. Run: {@code ./mvnw -q -pl ledger-core -Pbenchmark-scale verify}.
 */
public final class JournalScaleBenchmark {

    private static final int PROOFS = Integer.getInteger("bench.proofs", 1_000);
    private static final int UNIT_EVENTS = 500;
    private static final int WRITERS = 4;

    private JournalScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long[] sizes = Arrays.stream(System.getProperty("bench.scaleSizes", "1000000,10000000").split(","))
                .mapToLong(Long::parseLong).sorted().toArray();
        Path work = Files.createTempDirectory("journal-scale");
        Path output = Path.of(System.getProperty("bench.output", "target/benchmarks/journal-scale.md"));
        var report = new StringBuilder();
        report.append("| events | fill rate (events/s) | inclusion proof p50 / p99 / max (ms) | consistency proof p50 / p99 / max (ms) |\n");
        report.append("| ---: | ---: | ---: | ---: |\n");
        try (var database = JournalDatabase.create(WRITERS + 2);
                var journal = Journal.open(database.app(), JournalSettings.defaults())) {
            var signer = LedgerSigner.loadOrCreate(work.resolve("keys"), journal.suite());
            var checkpoints = new Checkpoints(journal, signer, Clock.systemUTC());
            var proofs = new JournalProofs(journal);
            long filled = 0;
            for (long size : sizes) {
                long started = System.nanoTime();
                fill(journal, filled, size);
                double rate = (size - filled) / seconds(started);
                filled = size;
                var checkpoint = checkpoints.take();
                var inclusion = inclusionLatencies(proofs, journal, checkpoint.treeSize());
                var consistency = consistencyLatencies(proofs, journal, checkpoint.treeSize());
                report.append(String.format(Locale.ROOT, "| %,d | %,.0f | %s | %s |%n", size, rate, inclusion, consistency));
                System.out.printf(Locale.ROOT, "%,d events: proofs measured%n", size);
            }

            Path export = work.resolve("journal.jsonl");
            long exportStarted = System.nanoTime();
            try (var out = new BufferedOutputStream(Files.newOutputStream(export), 1 << 20)) {
                new JournalExporter(journal, signer, Clock.systemUTC()).export(out, ExportProgress.none());
            }
            double exportSeconds = seconds(exportStarted);
            long bytes = Files.size(export);
            Path publicKey = work.resolve("keys").resolve(LedgerSigner.PUBLIC_KEY_FILE);
            double rawHashPerSecond = rawHashRate(export, journal.suite().hash());
            String verification = verifyInSeparateJvm(export, publicKey);
            report.append(String.format(Locale.ROOT, "%nExport of %,d events: %,.1f s (%,.0f events/s), %,.0f MB.%n",
                    filled, exportSeconds, filled / exportSeconds, bytes / 1e6));
            report.append(String.format(Locale.ROOT, "Raw %s of the same lines (in memory, one core, warm): %,.0f lines/s.%n",
                    journal.suite().hash(), rawHashPerSecond));
            report.append(verification).append('\n');
        } finally {
            deleteQuietly(work);
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report);
        System.out.println(report);
        System.exit(0); // the shared test server's non-daemon threads would keep the JVM alive
    }

    /** Appends events until the journal holds {@code target}, from several writers, in units of 500. */
    private static void fill(Journal journal, long from, long target) throws Exception {
        var next = new AtomicLong(from);
        var pool = Executors.newFixedThreadPool(WRITERS);
        var futures = new ArrayList<Future<?>>();
        var occurredAt = JournalRecord.journalTime(Instant.now());
        for (int w = 0; w < WRITERS; w++) {
            futures.add(pool.submit(() -> {
                long start;
                while ((start = next.getAndAdd(UNIT_EVENTS)) < target) {
                    int count = (int) Math.min(UNIT_EVENTS, target - start);
                    var unit = new ArrayList<PendingEvent>(count);
                    for (int i = 0; i < count; i++) {
                        unit.add(event(start + i, occurredAt));
                    }
                    journal.append(unit);
                }
                return null;
            }));
        }
        for (var future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    /** A ~500-byte invoice event, already canonical (keys in sorted order, no numbers). */
    private static PendingEvent event(long n, Instant occurredAt) {
        String id = "inv-" + n;
        String payload = "{\"amount\":\"125000.00\",\"buyer\":\"91440300MA5F7ABCDE\",\"currency\":\"CNY\","
                + "\"description\":\"Steel coils, grade Q235B, 42 tonnes, delivered to the core enterprise's Shenzhen plant under order PO-2026-1188\","
                + "\"invoiceCode\":\"3100231130\",\"invoiceId\":\"" + id + "\",\"invoiceNumber\":\"" + n + "\","
                + "\"issuedOn\":\"2026-11-26\",\"issuerTaxId\":\"91310000MA1K4XYZ2B\"}";
        String metadata = "{\"actingParty\":\"supplier-7\",\"correlationId\":\"" + id + "\"}";
        return new PendingEvent(UUID.randomUUID().toString(), "Invoice", id, 0L,
                "org.scfledger.bench.InvoiceRegistered", null, occurredAt,
                payload.getBytes(StandardCharsets.UTF_8), metadata.getBytes(StandardCharsets.UTF_8));
    }

    private static String inclusionLatencies(JournalProofs proofs, Journal journal, long treeSize) {
        var random = new SplittableRandom(42);
        long[] nanos = new long[PROOFS];
        for (int i = -PROOFS / 5; i < PROOFS; i++) {
            long position = random.nextLong(treeSize);
            long started = System.nanoTime();
            var proof = proofs.inclusion(position, treeSize);
            long took = System.nanoTime() - started;
            if (!JournalProofs.verify(journal.tree(), proof)) {
                throw new AssertionError("inclusion proof of " + position + " does not verify");
            }
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        return percentiles(nanos);
    }

    private static String consistencyLatencies(JournalProofs proofs, Journal journal, long treeSize) {
        var random = new SplittableRandom(7);
        long[] nanos = new long[PROOFS];
        for (int i = -PROOFS / 5; i < PROOFS; i++) {
            long from = 1 + random.nextLong(treeSize - 1);
            long started = System.nanoTime();
            var proof = proofs.consistency(from, treeSize);
            long took = System.nanoTime() - started;
            if (!JournalProofs.verify(journal.tree(), proof)) {
                throw new AssertionError("consistency proof from " + from + " does not verify");
            }
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        return percentiles(nanos);
    }

    private static String percentiles(long[] nanos) {
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
    }

    /**
     * The ceiling for verification: the hash rate of the export's own lines on one core, once warm, with the
     * lines already in memory (no parsing, no I/O): the first 100,000 lines, hashed five times over.
     */
    private static double rawHashRate(Path file, HashAlgorithm hash) throws IOException {
        var lines = new ArrayList<byte[]>();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (lines.size() < 100_000 && (line = reader.readLine()) != null) {
                lines.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        var hasher = hash.newHasher();
        for (byte[] line : lines) {
            hasher.update(line).digest(); // warm-up pass
        }
        long started = System.nanoTime();
        for (int pass = 0; pass < 5; pass++) {
            for (byte[] line : lines) {
                hasher.update(line).digest();
            }
        }
        return 5.0 * lines.size() / seconds(started);
    }

    /** Verifies the export in its own JVM at -Xmx256m, as 'ledger verify' would run, and reports its time and memory. */
    private static String verifyInSeparateJvm(Path export, Path publicKey) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                VerifyProbe.class.getName(), export.toString(), publicKey.toString())
                .redirectErrorStream(true).start();
        var lines = new ArrayList<String>();
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        if (process.waitFor() != 0) {
            throw new AssertionError("verification failed: " + lines);
        }
        return String.join("\n", lines);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void deleteQuietly(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Runs in the child JVM: verify one export, then report time, rate and peak memory. */
    public static final class VerifyProbe {

        private VerifyProbe() {
        }

        public static void main(String[] args) throws Exception {
            var key = org.scfledger.crypto.LedgerPublicKey.readFrom(Path.of(args[1]));
            long started = System.nanoTime();
            org.scfledger.core.journal.export.VerificationResult result;
            try (var in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 20)) {
                result = new org.scfledger.core.journal.export.ExportVerifier(key).verify(in, ExportProgress.none());
            }
            double took = seconds(started);
            if (!result.ok()) {
                System.out.println("FAILED: " + result.failure());
                System.exit(1);
            }
            long records = result.verified().records();
            long peakHeap = 0;
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    peakHeap += pool.getPeakUsage().getUsed();
                }
            }
            String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM")).findFirst().orElse("VmHWM: unknown").replaceAll("\\s+", " ");
            System.out.printf(Locale.ROOT, "Verification at -Xmx256m: %,d events in %.1f s (%,.0f events/s); peak heap %.0f MB; peak resident %s.%n",
                    records, took, records / took, peakHeap / 1e6, rss.substring(rss.indexOf(':') + 2));
        }
    }
}
