package org.scfledger.api.readside;

import java.time.Duration;
import org.axonframework.config.Configuration;
import org.scfledger.core.journal.Journal;
import org.scfledger.projections.ReadSide;
import org.scfledger.projections.ReadSideProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * How far the read models are behind the journal (the health endpoint's {@code readModels} component), and their
 * rebuild: dropped and replayed from the journal's first event, with progress in the log.
 */
public class ReadSideStatus implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ReadSideStatus.class);

    private final Configuration axon;
    private final Journal journal;

    ReadSideStatus(Configuration axon, Journal journal) {
        this.axon = axon;
        this.journal = journal;
    }

    public ReadSideProgress progress() {
        return ReadSide.progress(axon, journal.head().size());
    }

    /** Health stays UP while the read models catch up: the journal, which decides, is not affected. */
    @Override
    public Health health() {
        ReadSideProgress progress = progress();
        return Health.up()
                .withDetail("applied", progress.applied())
                .withDetail("journalSize", progress.journalSize())
                .withDetail("behind", progress.behind())
                .withDetail("rebuilding", progress.rebuilding())
                .build();
    }

    /** Rebuilds every read model from the journal and logs its progress until it has caught up; returns the time. */
    public Duration rebuild() {
        long started = System.nanoTime();
        log.info("Rebuilding the read models from the journal ({} events)", journal.head().size());
        ReadSide.rebuild(axon);
        ReadSideProgress progress = progress();
        long lastLog = System.nanoTime();
        while (!progress.isCaughtUp()) {
            sleep();
            progress = progress();
            if (System.nanoTime() - lastLog > Duration.ofSeconds(5).toNanos()) {
                log.info("Read models: {}% ({} of {} events)", progress.percent(), progress.applied(),
                        progress.journalSize());
                lastLog = System.nanoTime();
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Read models rebuilt: {} events in {} ms", progress.journalSize(), took.toMillis());
        return took;
    }

    /** Waits (at most a minute) until the read models have applied the journal as it is now. */
    public void awaitCaughtUp() {
        long size = journal.head().size();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (progress().applied() < size && System.nanoTime() < deadline) {
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the read models", e);
        }
    }
}
