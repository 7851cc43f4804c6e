package org.scfledger.api.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.audit.ExportJob.State;
import org.scfledger.core.party.PartyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Export jobs: each writes its plan to a file in the server's exports folder, a few at a time (the rest wait their
 * turn), through a {@code .partial} file moved into place only when complete. The table is in memory: files a previous
 * run left are removed at start, and a party keeps its latest jobs only, the oldest finished one making way for a new.
 */
public final class ExportJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);
    private static final String FILE_SUFFIX = ".jsonl";
    private static final String PARTIAL_SUFFIX = ".jsonl.partial";

    private final Path folder;
    private final int keptPerParty;
    private final Clock clock;
    private final ThreadPoolExecutor runner;
    /** In the order they were asked for; guarded by {@code this}. */
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    /**
     * @param concurrent   how many jobs write at once
     * @param keptPerParty how many jobs a party keeps, finished or not
     */
    public ExportJobs(Path folder, int concurrent, int keptPerParty, Clock clock) {
        if (concurrent < 1 || keptPerParty < 1) {
            throw new IllegalArgumentException("export jobs need at least one thread and one job per party");
        }
        this.folder = folder;
        this.keptPerParty = keptPerParty;
        this.clock = clock;
        removeLeftovers();
        this.runner = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                exportThreads());
    }

    /**
     * Queues a job for {@code owner}, or gives back the one it already has writing the same file (unless that one
     * failed): asking twice starts one job. Empty when the party already has as many jobs as it may keep, none of
     * them finished.
     */
    public synchronized Optional<ExportJob> submit(PartyId owner, ExportPlan plan) {
        List<Job> owned = owned(owner);
        Optional<Job> same = owned.stream().filter(job -> job.plan.writesTheSameAs(plan) && job.state != State.FAILED).findFirst();
        if (same.isPresent()) {
            return Optional.of(same.get().snapshot());
        }
        if (owned.size() >= keptPerParty) {
            Optional<Job> oldestFinished = owned.stream().filter(job -> job.snapshot().finished()).findFirst();
            if (oldestFinished.isEmpty()) {
                return Optional.empty();
            }
            forget(oldestFinished.get());
        }
        var job = new Job(UUID.randomUUID().toString(), owner, plan, clock.instant());
        jobs.put(job.id, job);
        runner.execute(job);
        return Optional.of(job.snapshot());
    }

    /** The job, if it is {@code owner}'s: another party's jobs do not exist for it. */
    public synchronized Optional<ExportJob> find(PartyId owner, String id) {
        Job job = jobs.get(id);
        return job == null || !job.owner.equals(owner) ? Optional.empty() : Optional.of(job.snapshot());
    }

    /** The party's jobs, newest first. */
    public synchronized List<ExportJob> of(PartyId owner) {
        var snapshots = new ArrayList<>(owned(owner).stream().map(Job::snapshot).toList());
        Collections.reverse(snapshots);
        return snapshots;
    }

    private List<Job> owned(PartyId owner) {
        return jobs.values().stream().filter(job -> job.owner.equals(owner)).toList();
    }

    private void forget(Job job) {
        jobs.remove(job.id);
        Path file = job.file;
        if (file != null) {
            deleteQuietly(file);
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
        try {
            runner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void removeLeftovers() {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> file.getFileName().toString().endsWith(FILE_SUFFIX)
                        || file.getFileName().toString().endsWith(PARTIAL_SUFFIX)).forEach(ExportJobs::deleteQuietly);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the exports folder " + folder + " cannot be used", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete the export file {}: {}", file, e.getMessage());
        }
    }

    private static ThreadFactory exportThreads() {
        var count = new AtomicInteger();
        return work -> {
            var thread = new Thread(work, "audit-export-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One job: its plan, and its progress as the writer reports it (read by other threads, hence volatile). */
    private final class Job implements Runnable {

        final String id;
        final PartyId owner;
        final ExportPlan plan;
        final Instant requestedAt;
        volatile State state = State.QUEUED;
        volatile long records;
        volatile long totalRecords;
        volatile @Nullable Path file;
        volatile @Nullable Long bytes;
        volatile @Nullable String error;
        volatile @Nullable Instant finishedAt;

        Job(String id, PartyId owner, ExportPlan plan, Instant requestedAt) {
            this.id = id;
            this.owner = owner;
            this.plan = plan;
            this.requestedAt = requestedAt;
            this.totalRecords = plan.totalRecords();
        }

        @Override
        public void run() {
            state = State.RUNNING;
            Path partial = folder.resolve(id + PARTIAL_SUFFIX);
            Path target = folder.resolve(id + FILE_SUFFIX);
            try {
                try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    plan.writer().write(out, (written, total) -> {
                        records = written;
                        totalRecords = total;
                    });
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                bytes = Files.size(target);
                file = target;
                finish(State.DONE);
            } catch (Throwable failure) { // even an Error must not leave the job running forever
                log.warn("export job {} of {} failed", id, owner.value(), failure);
                // a refusal of ours says what is wrong; any other cause (paths, SQL) is for the operator's log alone
                error = failure instanceof IllegalArgumentException ? failure.getMessage()
                        : "the export could not be written; the operator's log has the cause (job " + id + ")";
                finish(State.FAILED);
            } finally {
                deleteQuietly(partial);
            }
        }

        /** The state last: whoever reads it as finished sees the file and figures that came with it. */
        private void finish(State finished) {
            finishedAt = clock.instant();
            state = finished;
        }

        ExportJob snapshot() {
            State now = state;
            return new ExportJob(id, owner, plan.kind(), plan.scope(), now, records, totalRecords, plan.finalCheckpoint(), bytes, error,
                    requestedAt, finishedAt, file);
        }
    }
}
