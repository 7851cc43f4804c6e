package org.scfledger.core.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The ceiling: rows of {@code journal_event}'s shape (same payload and metadata bytes, same indexes), written by
 * one connection as multi-row INSERTs of {@code batchRows} rows, one committed transaction per batch. No chain,
 * no Merkle nodes, no head row, no Axon.
 */
final class RawInsert {

    record Outcome(long rows, double seconds, int batchRows, long[] sortedBatchNanos, long totalRows, CpuMeter.Usage cpu) {

        double perSecond() {
            return rows / seconds;
        }

        double percentileMillis(double percentile) {
            if (sortedBatchNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * sortedBatchNanos.length);
            return sortedBatchNanos[Math.max(0, Math.min(sortedBatchNanos.length - 1, rank - 1))] / 1e6;
        }
    }

    private static final String COLUMNS = "position, event_id, aggregate_type, aggregate_id, aggregate_sequence,"
            + " event_type, event_revision, occurred_at, payload, metadata, prev_hash, hash";

    private RawInsert() {
    }

    static Outcome run(DataSource dataSource, CpuMeter meter, int batchRows, Duration warmUp, Duration measured, byte[] payload, byte[] metadata,
            String eventType) throws SQLException {
        var sql = new StringBuilder("insert into journal_event (" + COLUMNS + ") values ");
        for (int i = 0; i < batchRows; i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?)");
        }
        var random = ThreadLocalRandom.current();
        long position = 0;
        long measuredRows = 0;
        long[] batchNanos = new long[1024];
        int batches = 0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            connection.setAutoCommit(false);
            long start = System.nanoTime() + warmUp.toNanos();
            long end = start + measured.toNanos();
            var cpu = meter.window(start, end);
            while (true) {
                long t0 = System.nanoTime();
                if (t0 >= end) {
                    break;
                }
                var now = OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
                int p = 1;
                for (int i = 0; i < batchRows; i++, position++) {
                    byte[] prevHash = new byte[32];
                    byte[] hash = new byte[32];
                    random.nextBytes(prevHash);
                    random.nextBytes(hash);
                    insert.setLong(p++, position);
                    insert.setString(p++, UUID.randomUUID().toString());
                    insert.setString(p++, "BenchInvoice");
                    insert.setString(p++, "raw-" + position);
                    insert.setLong(p++, 0L);
                    insert.setString(p++, eventType);
                    insert.setString(p++, null);
                    insert.setObject(p++, now);
                    insert.setBytes(p++, payload);
                    insert.setBytes(p++, metadata);
                    insert.setBytes(p++, prevHash);
                    insert.setBytes(p++, hash);
                }
                insert.executeUpdate();
                connection.commit();
                long t1 = System.nanoTime();
                if (t1 >= start && t1 < end) {
                    measuredRows += batchRows;
                    if (batches == batchNanos.length) {
                        batchNanos = Arrays.copyOf(batchNanos, batches * 2);
                    }
                    batchNanos[batches++] = t1 - t0;
                }
            }
            long[] sorted = Arrays.copyOf(batchNanos, batches);
            Arrays.sort(sorted);
            CpuMeter.Usage usage;
            try {
                var readings = cpu.get();
                usage = CpuMeter.between(readings[0], readings[1], measuredRows);
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                usage = CpuMeter.Usage.NONE;
            }
            return new Outcome(measuredRows, measured.toNanos() / 1e9, batchRows, sorted, position, usage);
        }
    }
}
