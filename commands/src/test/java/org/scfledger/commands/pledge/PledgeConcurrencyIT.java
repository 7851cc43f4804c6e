package org.scfledger.commands.pledge;

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
import java.math.BigDecimal;
import java.util.Currency;
import org.scfledger.core.collateral.CollateralEvent.CollateralEncumbered;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.CollateralKind;
import org.scfledger.core.collateral.PledgeCollateral;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.money.Rate;
import org.scfledger.core.pledge.PledgeAssetToLine;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent.LineAssetAdded;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;

/**
 * "No asset may back two members or two programs" on a real PostgreSQL, from two application instances at once:
 * 200 simultaneous pledges of one collateral item to two programs' lines. The item's aggregate sequence lets one
 * unit of work (encumbrance and line asset together) through; the losers are retried by the command gateway against
 * the new state and refused by the rule, never by an infrastructure error.
 */
class PledgeConcurrencyIT {

    static final int COMMANDS = 200;
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final PartyId DEALER = PartyId.of("dealer-3");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-12-31");
    static final ProgramId PROGRAM_A = ProgramId.of("prog-a");
    static final ProgramId PROGRAM_B = ProgramId.of("prog-b");
    static final CollateralId COLLATERAL = CollateralId.of("WR-0042");

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
    void a_collateral_item_is_pledged_to_one_line_whatever_the_interleaving() throws Exception {
        var first = start();
        var second = start();
        for (ProgramId program : List.of(PROGRAM_A, PROGRAM_B)) {
            first.gateway().sendAndWait(new CreateProgram(program, CORE, BANK, Currency.getInstance("CNY"),
                    Money.of("5000000.00", "CNY"), FROM, TO, AdvanceRates.defaults(), ProgramPricing.of(Rate.percent("4.35")),
                    180, new BigDecimal("2"), BANK));
            for (PartyId member : List.of(SUPPLIER, DEALER)) {
                second.gateway().sendAndWait(new AdmitMember(program, member, member.equals(SUPPLIER) ? MemberSide.SUPPLIER
                        : MemberSide.DISTRIBUTOR, Money.of("100000.00", "CNY"), Money.of("2000000.00", "CNY"), BANK));
            }
        }
        first.gateway().sendAndWait(new PledgeCollateral(COLLATERAL, CollateralKind.WAREHOUSE_RECEIPT, SUPPLIER, BANK,
                Money.of("800000.00", "CNY"), "Hot-rolled coil, 120 t", PartyId.of("warehouse-3"), null, "WR-SH-2026-0042",
                null, DAY, SUPPLIER));
        // to program A or B (both instances send to both), and one in ten from another member, whom the item refuses
        IntFunction<PledgeAssetToLine> pledge = i -> {
            ProgramId program = (i / 2) % 2 == 0 ? PROGRAM_A : PROGRAM_B;
            PartyId member = i % 10 == 9 ? DEALER : SUPPLIER;
            return PledgeAssetToLine.collateral(program, member, COLLATERAL, DAY, member);
        };

        var outcomes = race(first, second, pledge::apply);

        assertThat(outcomes.succeeded()).hasSize(1);
        int winner = outcomes.succeeded().get(0);
        assertThat(pledge.apply(winner).member()).isEqualTo(SUPPLIER);
        assertThat(outcomes.refusals()).hasSize(COMMANDS - 1)
                .allMatch(code -> code.equals("collateral-already-encumbered") || code.equals("not-permitted"));
        assertThat(outcomes.refusals()).filteredOn("not-permitted"::equals).hasSize(COMMANDS / 10);
        assertThat(countInJournal(COLLATERAL.toString(), CollateralEncumbered.class)).isEqualTo(1);
        assertThat(countInJournal(PROGRAM_A.toString(), LineAssetAdded.class)
                + countInJournal(PROGRAM_B.toString(), LineAssetAdded.class)).isEqualTo(1);
        var added = (LineAssetAdded) events(second, pledge.apply(winner).programId().toString()).stream()
                .filter(LineAssetAdded.class::isInstance).findFirst().orElseThrow();
        assertThat(added.assetId()).isEqualTo(COLLATERAL.toString());
        assertThat(added.contribution()).isEqualTo(Money.of("480000.00", "CNY"));
        var encumbered = (CollateralEncumbered) events(first, COLLATERAL.toString()).get(1);
        assertThat(encumbered.encumbrance().reference()).isEqualTo(pledge.apply(winner).programId().value() + ":supplier-7");
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

    private long countInJournal(String aggregateId, Class<?> eventType) throws SQLException {
        DataSource owner = database.owner();
        try (var connection = owner.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from journal_event where aggregate_id = ? and event_type = ?")) {
            statement.setString(1, aggregateId);
            statement.setString(2, eventType.getName());
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static List<Object> events(Instance instance, String aggregateId) {
        return instance.axon().eventStore().readEvents(aggregateId).asStream().map(Message::getPayload)
                .map(Object.class::cast).toList();
    }
}
