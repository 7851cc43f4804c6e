package org.scfledger.commands.financing;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.commands.LostRaceRetry;
import org.scfledger.commands.testing.TestAxon;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.financing.DrawdownRequestOutcome;
import org.scfledger.core.financing.FinancingEvent.FinancingRequestRefused;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.core.financing.FinancingEvent.ReceivableFinancingTerms;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.ReceivableInterestMode;
import org.scfledger.core.financing.RequestReceivableFinancing;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent.DrawdownReserved;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.receivable.ConfirmReceivable;
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
 * "No double financing" through the receivable financing flow, on a real PostgreSQL, from two application instances at
 * once: 200 {@link RequestReceivableFinancing} for one confirmed receivable, each under its own financing id. Each is one
 * unit of work over the receivable, the program and a new financing; the journal lets one through, the losers are
 * retried against the new state and refused by the receivable ({@code receivable-already-encumbered}, thrown, nothing
 * written): one encumbrance, one reservation, one financing.
 */
class ReceivableFinancingConcurrencyIT {

    static final int COMMANDS = 200;
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final ReceivableId RCV = ReceivableId.of("AR-2026-0042");
    static final ProgramId PROGRAM = ProgramId.of("acme-2026");

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
    void one_receivable_backs_one_financing_whatever_the_interleaving() throws Exception {
        var first = start();
        var second = start();
        OrderId order = OrderId.of("2026-1188");
        first.gateway().sendAndWait(new CreateProgram(PROGRAM, CORE, BANK, Currency.getInstance("CNY"), Money.of("5000000.00", "CNY"),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"), AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent("4.35")), 180, new BigDecimal("0.5"), BANK));
        second.gateway().sendAndWait(new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, Money.of("1000000.00", "CNY"),
                Money.of("1000000.00", "CNY"), BANK));
        first.gateway().sendAndWait(new RegisterOrder(order, CORE, SUPPLIER, Money.of("113000.00", "CNY"), DAY, "Steel coils", CORE));
        second.gateway().sendAndWait(new AcceptOrder(order, DAY, SUPPLIER));
        InvoiceId invoice = first.gateway().sendAndWait(new IssueInvoice(SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012345", CORE,
                Money.of("113000.00", "CNY"), Money.of("13000.00", "CNY"), DAY, order, SUPPLIER));
        second.gateway().sendAndWait(new RegisterReceivable(RCV, SUPPLIER, CORE, Money.of("113000.00", "CNY"), DAY.plusDays(90),
                List.of(invoice), order, PROGRAM, DAY, SUPPLIER));
        first.gateway().sendAndWait(new ConfirmReceivable(RCV, DAY, CORE));

        var outcomes = race(first, second);

        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.refusals()).hasSize(COMMANDS - 1).allMatch("receivable-already-encumbered"::equals);
        int winner = outcomes.succeeded().get(0);
        assertThat(countInJournal(RCV.value(), ReceivableEncumbered.class)).isEqualTo(1);
        assertThat(countInJournal(PROGRAM.toString(), DrawdownReserved.class)).isEqualTo(1);
        assertThat(countInJournal(null, FinancingRequested.class)).isEqualTo(1);
        assertThat(countInJournal(null, ReceivableFinancingTerms.class)).isEqualTo(1);
        assertThat(countInJournal(null, FinancingRequestRefused.class)).isZero();
        var stored = (ReceivableEncumbered) second.axon().eventStore().readEvents(RCV.value()).asStream().map(Message::getPayload)
                .filter(ReceivableEncumbered.class::isInstance).findFirst().orElseThrow();
        assertThat(stored.encumbrance()).isEqualTo(Encumbrance.financing("RF-" + winner, BANK));
        assertThat(first.axon().eventStore().readEvents(FinancingId.of("RF-" + winner).toString()).asStream()
                .map(Message::getPayload).findFirst().orElseThrow()).isInstanceOf(FinancingRequested.class);
    }

    record Outcomes(List<Integer> succeeded, List<String> refusals) {
    }

    private Outcomes race(Instance first, Instance second) throws Exception {
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
                    DrawdownRequestOutcome outcome = instance.gateway().sendAndWait(new RequestReceivableFinancing(
                            FinancingId.of("RF-" + n), PROGRAM, RCV, Money.of("80000.00", "CNY"),
                            ReceivableInterestMode.AT_MATURITY, DAY, SUPPLIER));
                    results.put(n, outcome);
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
            if (result instanceof DrawdownRequestOutcome outcome) {
                assertThat(outcome.isRefused()).as("request %d recorded a refusal: %s", n, outcome).isFalse();
                succeeded.add(n);
            } else if (result instanceof RuleViolation refused) {
                refusals.add(refused.code());
            } else {
                throw new AssertionError("command " + n + " failed, not refused: " + result, (Throwable) result);
            }
        });
        System.out.printf("%d receivable financing requests from two instances: %d requested, %d refused, %d journal conflicts retried%n",
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
                        .nonTransientFailurePredicate(failure -> !countedLostRace(failure))
                        .build())
                .build();
        var instance = new Instance(pool, journal, axon, gateway, retries);
        instances.add(instance);
        return instance;
    }

    private boolean countedLostRace(Throwable failure) {
        boolean lost = LostRaceRetry.isLostRace(failure);
        if (lost) {
            conflictsRetried.incrementAndGet();
        }
        return lost;
    }

    /** Events of {@code eventType} in the journal, for {@code aggregateId} or (null) for every aggregate. */
    private long countInJournal(String aggregateId, Class<?> eventType) throws SQLException {
        String sql = "select count(*) from journal_event where event_type = ?" + (aggregateId == null ? "" : " and aggregate_id = ?");
        try (var connection = database.owner().getConnection(); var statement = connection.prepareStatement(sql)) {
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
}
