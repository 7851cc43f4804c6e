package org.scfledger.core.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent during a measured window, split into this JVM, the PostgreSQL server's processes (the
 * postmaster and its children, Linux only) and the whole machine, to tell what bounds a run on few cores.
 */
final class CpuMeter {

    /** A reading: CPU nanoseconds of this JVM and of PostgreSQL; machine busy and total jiffies. */
    record Reading(long wallNanos, long jvmNanos, long postgresNanos, long machineBusyJiffies, long machineTotalJiffies) {
    }

    /** The difference of two readings, per unit of work; {@code othersShare}: the machine's busy share not ours. */
    record Usage(double jvmMicros, double postgresMicros, double machineBusyShare, double othersShare, long units) {

        static final Usage NONE = new Usage(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);

        String others() {
            return Double.isNaN(othersShare) ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f%%", Math.max(0, othersShare) * 100);
        }

        String jvm() {
            return Double.isNaN(jvmMicros) ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f", jvmMicros);
        }

        String postgres() {
            return Double.isNaN(postgresMicros) ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f", postgresMicros);
        }

        String machineBusy() {
            return Double.isNaN(machineBusyShare) ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f%%", machineBusyShare * 100);
        }
    }

    private static final long NANOS_PER_JIFFY = 10_000_000L; // USER_HZ = 100 on Linux
    private final long postmaster;

    CpuMeter(long postmaster) {
        this.postmaster = postmaster;
    }

    Reading read() {
        long wall = System.nanoTime();
        long jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long postgres = postmaster <= 0 ? -1 : postgresJiffies() * NANOS_PER_JIFFY;
        long busy = -1;
        long total = -1;
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            total = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                total += Long.parseLong(cpu[i]);
            }
            busy = total - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]);
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return new Reading(wall, jvm, postgres, busy, total);
    }

    /** Reads at {@code startNanos} and at {@code endNanos} (System.nanoTime) on a thread of its own. */
    java.util.concurrent.CompletableFuture<Reading[]> window(long startNanos, long endNanos) {
        var readings = new java.util.concurrent.CompletableFuture<Reading[]>();
        var thread = new Thread(() -> {
            try {
                sleepUntil(startNanos);
                var first = read();
                sleepUntil(endNanos);
                readings.complete(new Reading[] {first, read()});
            } catch (InterruptedException e) {
                readings.completeExceptionally(e);
            }
        }, "bench-cpu-meter");
        thread.setDaemon(true);
        thread.start();
        return readings;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    static Usage between(Reading before, Reading after, long units) {
        if (units <= 0) {
            return Usage.NONE;
        }
        double jvm = (after.jvmNanos() - before.jvmNanos()) / 1e3 / units;
        double postgres = before.postgresNanos() < 0 ? Double.NaN : (after.postgresNanos() - before.postgresNanos()) / 1e3 / units;
        double busy = before.machineTotalJiffies() < 0 ? Double.NaN
                : (double) (after.machineBusyJiffies() - before.machineBusyJiffies())
                        / Math.max(1, after.machineTotalJiffies() - before.machineTotalJiffies());
        double seconds = (after.wallNanos() - before.wallNanos()) / 1e9;
        double ours = ((after.jvmNanos() - before.jvmNanos()) + Math.max(0, after.postgresNanos() - before.postgresNanos())) / 1e9;
        double others = Double.isNaN(busy) || before.postgresNanos() < 0 ? Double.NaN
                : busy - ours / (seconds * Runtime.getRuntime().availableProcessors());
        return new Usage(jvm, postgres, busy, others, units);
    }

    /** utime + stime of the postmaster and every process whose parent it is (backends, WAL writer, ...). */
    private long postgresJiffies() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(this::jiffiesIfPostgres).sum();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private long jiffiesIfPostgres(Path process) {
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
            return 0; // gone meanwhile
        }
    }

    /** The postmaster of the server behind {@code jdbcUrl}: the parent of a backend. */
    static long postmasterOf(java.sql.Connection connection) {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            long backend = result.getLong(1);
            String stat = Files.readString(Path.of("/proc/" + backend + "/stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (Exception e) {
            return -1; // not on this machine (a container or a configured server): not measured
        }
    }
}
