package org.scfledger.core.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop clients: each one a thread that sends a command and waits for it, again and again, for a warm-up
 * and then a measured window. A command counts (and its latency is kept) when it completes inside the window.
 */
final class LoadDriver {

    /** What one client does once: send one command and wait for its outcome. */
    @FunctionalInterface
    interface Client {
        void sendOne(long sequence) throws Exception;
    }

    /** The outcome of one configuration. */
    record Outcome(int clients, long completed, double seconds, long[] sortedLatenciesNanos, long failures,
            long totalSucceeded, String firstFailure, CpuMeter.Usage cpu) {

        double perSecond() {
            return completed / seconds;
        }

        double percentileMillis(double percentile) {
            if (sortedLatenciesNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * sortedLatenciesNanos.length);
            return sortedLatenciesNanos[Math.max(0, Math.min(sortedLatenciesNanos.length - 1, rank - 1))] / 1e6;
        }
    }

    private LoadDriver() {
    }

    static Outcome run(int clients, Duration warmUp, Duration measured, CpuMeter meter, Client client) throws InterruptedException {
        var sequence = new AtomicLong();
        var failures = new AtomicLong();
        var succeeded = new AtomicLong();
        var firstFailure = new AtomicReference<String>();
        var ready = new CountDownLatch(clients);
        var go = new CountDownLatch(1);
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        long[] window = new long[2];
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            int me = c;
            var thread = new Thread(() -> {
                long[] mine = new long[4096];
                int n = 0;
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long start = window[0];
                long end = window[1];
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    boolean ok = true;
                    try {
                        client.sendOne(sequence.getAndIncrement());
                        succeeded.incrementAndGet();
                    } catch (Exception | Error e) {
                        ok = false;
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e.toString());
                    }
                    long t1 = System.nanoTime();
                    if (ok && t1 >= start && t1 < end) {
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = t1 - t0;
                    }
                }
                latencies[me] = mine;
                counts[me] = n;
            }, "bench-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long now = System.nanoTime();
        window[0] = now + warmUp.toNanos();
        window[1] = window[0] + measured.toNanos();
        var cpu = meter.window(window[0], window[1]);
        go.countDown(); // happens-before every client's read of the window
        for (Thread thread : threads) {
            thread.join();
        }
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        CpuMeter.Usage usage;
        try {
            var readings = cpu.get();
            usage = CpuMeter.between(readings[0], readings[1], total);
        } catch (java.util.concurrent.ExecutionException e) {
            usage = CpuMeter.Usage.NONE;
        }
        return new Outcome(clients, total, measured.toNanos() / 1e9, all, failures.get(), succeeded.get(), firstFailure.get(), usage);
    }

    static List<Integer> parseClients(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }
}
