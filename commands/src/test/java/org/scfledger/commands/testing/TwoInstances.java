package org.scfledger.commands.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.Message;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.LostRaceRetry;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.core.testing.JournalDatabase;

/**
 * Two application instances on one real PostgreSQL: each its own connection pool, journal and Axon, with the
 * server's command gateway (lost races retried, refusals not). For the "whatever the interleaving" tests.
 */
public final class TwoInstances implements AutoCloseable {

    private final JournalDatabase database = JournalDatabase.create(16);
    private final AtomicInteger lostRaces = new AtomicInteger();
    private final Instance first = start();
    private final Instance second = start();

    /** One instance: what an application process holds. */
    public record Instance(HikariDataSource pool, Journal journal, Configuration axon, CommandGateway gateway,
            ScheduledExecutorService retries) {

        public <R> R send(Object command) {
            return gateway.sendAndWait(command);
        }

        /** The payloads of an aggregate's events, as this instance's event store reads them. */
        public List<Object> payloads(String aggregateId) {
            return axon.eventStore().readEvents(aggregateId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
        }

        void stop() {
            axon.shutdown();
            retries.shutdownNow();
            journal.close();
            pool.close();
        }
    }

    /** Which commands succeeded (by number), and the refusal codes of the others. */
    public record Outcomes(List<Integer> succeeded, List<String> refusals) {
    }

    public Instance first() {
        return first;
    }

    public Instance second() {
        return second;
    }

    public JournalDatabase database() {
        return database;
    }

    /**
     * Sends {@code commands} commands at once, alternately through the two instances, each from its own thread.
     * Every command must succeed or be refused by a rule: any other failure fails the test.
     */
    public Outcomes race(int commands, IntFunction<?> command) throws Exception {
        var clients = Executors.newFixedThreadPool(commands);
        var go = new CountDownLatch(1);
        Map<Integer, Object> results = new ConcurrentHashMap<>();
        var futures = new ArrayList<Future<?>>();
        for (int i = 0; i < commands; i++) {
            int n = i;
            Instance instance = i % 2 == 0 ? first : second;
            futures.add(clients.submit(() -> {
                go.await();
                try {
                    instance.send(command.apply(n));
                    results.put(n, "ok");
                } catch (RuntimeException failure) {
                    results.put(n, failure);
                }
                return null;
            }));
        }
        go.countDown();
        for (var future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();
        var succeeded = new ArrayList<Integer>();
        var refusals = new ArrayList<String>();
        results.forEach((n, result) -> {
            if ("ok".equals(result)) {
                succeeded.add(n);
            } else if (result instanceof RuleViolation refused) {
                refusals.add(refused.code());
            } else {
                throw new AssertionError("command " + n + " failed, not refused: " + result, (Throwable) result);
            }
        });
        System.out.printf("%d commands from two instances: %d succeeded, %d refused, %d lost races retried%n",
                commands, succeeded.size(), refusals.size(), lostRaces.getAndSet(0));
        return new Outcomes(succeeded, refusals);
    }

    /** How many events of a type the journal holds, for one aggregate or (null) for all. */
    public long countInJournal(@Nullable String aggregateId, Class<?> eventType) throws SQLException {
        try (var connection = database.owner().getConnection();
                var statement = connection.prepareStatement("select count(*) from journal_event where event_type = ?"
                        + (aggregateId == null ? "" : " and aggregate_id = ?"))) {
            statement.setString(1, eventType.getName());
            if (aggregateId != null) {
                statement.setString(2, aggregateId);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private Instance start() {
        var config = new HikariConfig();
        config.setJdbcUrl(database.app().getJdbcUrl());
        config.setUsername(JournalDatabase.APP_ROLE);
        config.setPassword(JournalDatabase.APP_ROLE);
        config.setMaximumPoolSize(16);
        var pool = new HikariDataSource(config);
        var journal = Journal.open(pool, JournalSettings.defaults());
        var engine = HashChainedEventStorageEngine.builder().journal(journal)
                .eventSerializer(LedgerJson.serializer()).snapshotSerializer(LedgerJson.serializer()).build();
        Configuration axon = TestAxon.configurer(engine).start();
        ScheduledExecutorService retries = Executors.newScheduledThreadPool(2);
        RetryScheduler server = LostRaceRetry.scheduler(retries);
        RetryScheduler counting = (command, failure, failures, dispatch) -> {
            if (LostRaceRetry.isLostRace(failure)) {
                lostRaces.incrementAndGet();
            }
            return server.scheduleRetry(command, failure, failures, dispatch);
        };
        var gateway = DefaultCommandGateway.builder().commandBus(axon.commandBus()).retryScheduler(counting).build();
        return new Instance(pool, journal, axon, gateway, retries);
    }

    @Override
    public void close() {
        first.stop();
        second.stop();
        database.close();
    }
}
