package org.scfledger.projections.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU used during a window (Linux): this JVM, the PostgreSQL server's processes (the postmaster and its children) and
 * the whole machine's busy share, as the journal benchmarks report it.
 */
final class CpuWindow {

    private static final long NANOS_PER_JIFFY = 10_000_000L; // USER_HZ = 100

    private final long postmaster;
    private final long wall;
    private final long jvm;
    private final long postgres;
    private final long busy;
    private final long total;
    private final long gcMillis;
    private final java.util.Map<String, Long> threads;

    private CpuWindow(long postmaster) {
        this.postmaster = postmaster;
        this.wall = System.nanoTime();
        this.jvm = jvmNanos();
        this.postgres = postgresNanos(postmaster);
        long[] machine = machine();
        this.busy = machine[0];
        this.total = machine[1];
        this.gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
        this.threads = threadGroups();
    }

    /** CPU nanoseconds of this JVM's threads, by kind: the projector, the clients, the journal writer... */
    private static java.util.Map<String, Long> threadGroups() {
        var bean = ManagementFactory.getThreadMXBean();
        var groups = new java.util.TreeMap<String, Long>();
        for (var info : bean.getThreadInfo(bean.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = bean.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                groups.merge(group(info.getThreadName()), nanos, Long::sum);
            }
        }
        return groups;
    }

    private static String group(String name) {
        if (name.startsWith("EventProcessor[")) {
            return "projector";
        }
        if (name.startsWith("pool-")) {
            return "clients";
        }
        if (name.startsWith("EmbeddedEventStore")) {
            return "event store producer";
        }
        if (name.startsWith("journal-writer")) {
            return "journal writer";
        }
        if (name.startsWith("bench-")) {
            return "benchmark (poller)";
        }
        return "other";
    }

    static CpuWindow start(long postmaster) {
        return new CpuWindow(postmaster);
    }

    /** The CPU used since the start: "JVM x cores, PostgreSQL y cores, machine z% busy" (cores = CPU s per s). */
    Usage stop() {
        var end = new CpuWindow(postmaster);
        double seconds = (end.wall - wall) / 1e9;
        double jvmCores = (end.jvm - jvm) / 1e9 / seconds;
        double pgCores = postgres < 0 || end.postgres < 0 ? Double.NaN : (end.postgres - postgres) / 1e9 / seconds;
        double busyShare = total < 0 ? Double.NaN : (double) (end.busy - busy) / Math.max(1, end.total - total);
        var byThread = new java.util.TreeMap<String, Double>();
        end.threads.forEach((group, nanos) -> byThread.put(group, (nanos - threads.getOrDefault(group, 0L)) / 1e9 / seconds));
        double javaThreads = byThread.values().stream().mapToDouble(Double::doubleValue).sum();
        byThread.put("JIT, GC, VM", jvmCores - javaThreads);
        return new Usage(seconds, jvmCores, pgCores, busyShare, end.jvm - jvm, end.postgres - postgres,
                end.gcMillis - gcMillis, byThread);
    }

    record Usage(double seconds, double jvmCores, double postgresCores, double machineBusy, long jvmNanos,
            long postgresNanos, long gcMillis, java.util.Map<String, Double> byThread) {

        /** The JVM's cores by thread kind. */
        String threads() {
            var text = new StringBuilder();
            byThread.entrySet().stream().filter(e -> e.getValue() >= 0.005)
                    .sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
                    .forEach(e -> text.append(text.length() == 0 ? "" : ", ").append(e.getKey())
                            .append(String.format(Locale.ROOT, " %.2f", e.getValue())));
            return text.toString();
        }

        /** CPU µs per unit of work (event), JVM and PostgreSQL. */
        String perUnit(long units) {
            return String.format(Locale.ROOT, "JVM %.0f µs, PostgreSQL %.0f µs", jvmNanos / 1e3 / units,
                    postgresNanos / 1e3 / units);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "JVM %.2f cores (GC pauses %.1f%% of the time), PostgreSQL %.2f cores, machine "
                    + "%.0f%% busy (%d cores)", jvmCores, gcMillis / 10.0 / seconds, postgresCores, machineBusy * 100,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static long jvmNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long[] machine() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                total += Long.parseLong(cpu[i]);
            }
            return new long[] {total - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]), total};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    private static long postgresNanos(long postmaster) {
        if (postmaster <= 0) {
            return -1;
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(process -> jiffiesIfPostgres(process, postmaster)).sum() * NANOS_PER_JIFFY;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long jiffiesIfPostgres(Path process, long postmaster) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            long pid = Long.parseLong(stat.substring(0, stat.indexOf(' ')));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long parent = Long.parseLong(fields[1]);
            if (pid != postmaster && parent != postmaster) {
                return 0;
            }
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The postmaster of the server a connection is on (the parent of its backend); -1 if not on this machine. */
    static long postmasterOf(java.sql.Connection connection) {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            String stat = Files.readString(Path.of("/proc/" + result.getLong(1) + "/stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (Exception e) {
            return -1;
        }
    }
}
