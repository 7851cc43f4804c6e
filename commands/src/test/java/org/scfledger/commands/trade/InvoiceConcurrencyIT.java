package org.scfledger.commands.trade;

import org.scfledger.commands.testing.TestAxon;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.core.trade.EncumberInvoice;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.trade.InvoiceEvent.InvoiceEncumbered;
import org.scfledger.core.trade.InvoiceEvent.InvoiceIssued;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.TaxAuthorityVerdict;
import org.scfledger.core.trade.VerifyInvoice;

/**
 * "No double financing" and "an invoice key is unique forever" on a real PostgreSQL, from two application
 * instances at once: two Axon configurations, each with its own journal and connection pool on one database.
 * The journal's unique (aggregate, sequence) index lets one append through; the losers are retried by the
 * command gateway against the new state and refused by the rule, never by an infrastructure error.
 */
class InvoiceConcurrencyIT {

    static final int COMMANDS = 200;
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");

    final JournalDatabase database = JournalDatabase.create(16);
    final List<Instance> instances = new ArrayList<>();
    final AtomicInteger conflictsRetried = new AtomicInteger();

    /** One application instance: its own pool, journal (group-commit writer), Axon and retrying gateway. */
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
    void an_invoice_key_is_issued_once_whatever_the_interleaving() throws Exception {
        var first = start();
        var second = start();
        IntFunction<IssueInvoice> issue = i -> new IssueInvoice(SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012345", CORE,
                Money.of("1000.00", "CNY").plus(Money.of(i + ".00", "CNY")), Money.of("0.00", "CNY"), DAY, SUPPLIER);
        InvoiceId invoice = issue.apply(0).invoiceId();

        var outcomes = race(first, second, issue::apply);

        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.refusals()).hasSize(COMMANDS - 1).allMatch("invoice-already-issued"::equals);
        assertThat(countInJournal(invoice, InvoiceIssued.class)).isEqualTo(1);
        var stored = (InvoiceIssued) events(first, invoice).get(0);
        assertThat(stored.amount()).isEqualTo(issue.apply(outcomes.succeeded().get(0)).amount());
    }

    @Test
    void an_invoice_is_encumbered_once_whatever_the_interleaving() throws Exception {
        var first = start();
        var second = start();
        InvoiceId invoice = first.gateway().sendAndWait(new IssueInvoice(SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012345",
                CORE, Money.of("113000.00", "CNY"), Money.of("13000.00", "CNY"), DAY, SUPPLIER));
        second.gateway().sendAndWait(new VerifyInvoice(invoice, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", DAY, PartyId.OPERATOR));
        IntFunction<EncumberInvoice> encumber = i -> new EncumberInvoice(invoice, Encumbrance.financing("FIN-" + i, BANK), DAY, SUPPLIER);

        var outcomes = race(first, second, encumber::apply);

        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.refusals()).hasSize(COMMANDS - 1).allMatch("invoice-already-encumbered"::equals);
        assertThat(countInJournal(invoice, InvoiceEncumbered.class)).isEqualTo(1);
        var stored = (InvoiceEncumbered) events(second, invoice).get(2);
        assertThat(stored.encumbrance()).isEqualTo(encumber.apply(outcomes.succeeded().get(0)).encumbrance());
    }

    /** Which commands succeeded (by number), and the refusal codes of the others. */
    record Outcomes(List<Integer> succeeded, List<String> refusals) {
    }

    /** Sends {@link #COMMANDS} commands at once, alternately through the two instances, each from its own thread. */
    private Outcomes race(Instance first, Instance second, IntFunction<Object> command) throws Exception {
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
                } catch (RuleViolation refused) {
                    results.put(n, refused);
                } catch (RuntimeException unexpected) {
                    results.put(n, unexpected);
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

    private long countInJournal(InvoiceId invoice, Class<?> eventType) throws SQLException {
        DataSource owner = database.owner();
        try (var connection = owner.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from journal_event where aggregate_id = ? and event_type = ?")) {
            statement.setString(1, invoice.value());
            statement.setString(2, eventType.getName());
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static List<Object> events(Instance instance, InvoiceId invoice) {
        return instance.axon().eventStore().readEvents(invoice.value()).asStream().map(Message::getPayload)
                .map(Object.class::cast).toList();
    }
}
