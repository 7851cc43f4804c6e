package org.scfledger.commands.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.commands.testing.TestAxon;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.EncumberReceivable;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableEncumbered;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;

/**
 * "No double financing" for receivables on a real PostgreSQL, from two application instances at once: 200 requests to
 * pledge one confirmed receivable to 200 different financings. The journal's unique (aggregate, sequence) index lets one
 * append through; the losers are retried by the command gateway against the new state and refused by the rule
 * ({@code receivable-already-encumbered}), never by an infrastructure error.
 */
class ReceivableConcurrencyIT {

    static final int COMMANDS = 200;
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final ReceivableId RCV = ReceivableId.of("AR-2026-0042");

    final JournalDatabase database = JournalDatabase.create(16);
    final List<Instance> instances = new ArrayList<>();
    final AtomicInteger conflictsRetried = new AtomicInteger();

    record Instance(HikariDataSource pool, Journal journal, Configuration axon, CommandGateway gateway,
            ScheduledExecutorService retries) {

        void stop() {
            axon.shutdown();
            retries.shutdownNow();
            journal.close();
            pool.close();
        }
    }

    @AfterEach
    void stop() {
        instances.forEach(Instance::stop);
        database.close();
    }

    @Test
    void a_receivable_is_encumbered_once_whatever_the_interleaving() throws Exception {
        var first = start();
        var second = start();
        ProgramId program = ProgramId.of("acme-2026");
        OrderId order = OrderId.of("2026-1188");
        first.gateway().sendAndWait(new CreateProgram(program, CORE, BANK, Currency.getInstance("CNY"), Money.of("5000000.00", "CNY"),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"), AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent("4.35")), 180, new BigDecimal("0.5"), BANK));
        first.gateway().sendAndWait(new RegisterOrder(order, CORE, SUPPLIER, Money.of("113000.00", "CNY"), DAY, "Steel coils", CORE));
        second.gateway().sendAndWait(new AcceptOrder(order, DAY, SUPPLIER));
        InvoiceId invoice = first.gateway().sendAndWait(new IssueInvoice(SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012345", CORE,
                Money.of("113000.00", "CNY"), Money.of("13000.00", "CNY"), DAY, order, SUPPLIER));
        second.gateway().sendAndWait(new RegisterReceivable(RCV, SUPPLIER, CORE, Money.of("113000.00", "CNY"), DAY.plusDays(90),
                List.of(invoice), order, program, DAY, SUPPLIER));
        first.gateway().sendAndWait(new ConfirmReceivable(RCV, DAY, CORE));

        var outcomes = race(first, second, i -> new EncumberReceivable(RCV, Encumbrance.financing("FIN-" + i, BANK), DAY, SUPPLIER));

        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.refusals()).hasSize(COMMANDS - 1).allMatch("receivable-already-encumbered"::equals);
        assertThat(countInJournal(ReceivableEncumbered.class)).isEqualTo(1);
        var stored = (ReceivableEncumbered) second.axon().eventStore().readEvents(RCV.value()).asStream().map(Message::getPayload)
                .filter(ReceivableEncumbered.class::isInstance).findFirst().orElseThrow();
        assertThat(stored.encumbrance()).isEqualTo(Encumbrance.financing("FIN-" + outcomes.succeeded().get(0), BANK));
    }

    record Outcomes(List<Integer> succeeded, List<String> refusals) {
    }

    private Outcomes race(Instance first, Instance second, java.util.function.IntFunction<Object> command) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(COMMANDS);
        var go = new CountDownLatch(1);
        Map<Integer, Object> results = new ConcurrentHashMap<>();
        var futures = new ArrayList<Future<?>>();
        for (int i = 0; i < COMMANDS; i++) {
            int n = i;
            Instance instance = i % 2 == 0 ? first : second;
            futures.add(clients.submit(() -> {
                go.await();
                try {
                    instance.gateway().sendAndWait(command.apply(n));
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
        System.out.printf("%d commands from two instances: %d succeeded, %d refused, %d journal conflicts retried%n",
                COMMANDS, succeeded.size(), refusals.size(), conflictsRetried.getAndSet(0));
        return new Outcomes(succeeded, refusals);
    }

    private Instance start() {
        var config = new HikariConfig();
        config.setJdbcUrl(database.app().getJdbcUrl());
        config.setUsername(JournalDatabase.APP_ROLE);
        config.setPassword(JournalDatabase.APP_ROLE);
        config.setMaximumPoolSize(16);
        HikariDataSource pool = new HikariDataSource(config);
        Journal journal = Journal.open(pool, JournalSettings.defaults());
        var engine = HashChainedEventStorageEngine.builder().journal(journal)
                .eventSerializer(LedgerJson.serializer()).snapshotSerializer(LedgerJson.serializer()).build();
        Configuration axon = TestAxon.configurer(engine).start();
        ScheduledExecutorService retries = Executors.newScheduledThreadPool(2);
        CommandGateway gateway = DefaultCommandGateway.builder()
                .commandBus(axon.commandBus())
                .retryScheduler(IntervalRetryScheduler.builder()
                        .retryExecutor(retries)
                        .retryInterval(10)
                        .maxRetryCount(20)
                        // Only a lost race at the journal is worth another try; a refusal is an answer.
                        .nonTransientFailurePredicate(failure -> !isJournalConflict(failure))
                        .build())
                .build();
        var instance = new Instance(pool, journal, axon, gateway, retries);
        instances.add(instance);
        return instance;
    }

    private boolean isJournalConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                conflictsRetried.incrementAndGet();
                return true;
            }
        }
        return false;
    }

    private long countInJournal(Class<?> eventType) throws SQLException {
        try (var connection = database.owner().getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from journal_event where aggregate_id = ? and event_type = ?")) {
            statement.setString(1, RCV.value());
            statement.setString(2, eventType.getName());
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
