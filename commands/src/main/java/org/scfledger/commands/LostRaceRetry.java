package org.scfledger.commands;

import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command only when it lost a race at the journal (another instance appended to the same aggregate
 * first): against the new state it either succeeds or is refused by the rule. A refusal, a malformed command
 * or any other failure is an answer, never retried.
 */
public final class LostRaceRetry {

    private static final int RETRY_INTERVAL_MILLIS = 5;
    private static final int MAX_RETRIES = 50;

    private LostRaceRetry() {
    }

    public static RetryScheduler scheduler(ScheduledExecutorService executor) {
        return IntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .retryInterval(RETRY_INTERVAL_MILLIS)
                .maxRetryCount(MAX_RETRIES)
                .nonTransientFailurePredicate(failure -> !isLostRace(failure))
                .build();
    }

    public static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
