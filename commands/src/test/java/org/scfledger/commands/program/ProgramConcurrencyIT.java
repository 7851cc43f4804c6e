package org.scfledger.commands.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.AxonNonTransientExceptionClassesPredicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.commands.party.Party;
import org.scfledger.commands.testing.Parties;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent.DrawdownReserved;
import org.scfledger.core.program.ProgramEvent.ReservationReleased;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.program.ReserveDrawdown;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.core.testing.JournalDatabase;
import org.slf4j.LoggerFactory;

/**
 * "Limits hold, whatever the interleaving, even on two application instances": two Axon configurations, each with its
 * own journal (and group-commit writer) on one PostgreSQL database, race 500 drawdown requests against one program.
 *
 * <p>Amounts: 250 requests of 2 000.00 and 250 of 4 000.00 (1 500 000.00, three times the 500 000.00 program limit).
 * Every amount is a multiple of 2 000.00 and the 2 000.00 requests alone could fill the limit, so whatever the order,
 * the program ends exactly at its limit: a 2 000.00 request is only ever refused when nothing at all is left.
 */
class ProgramConcurrencyIT {

    static final int REQUESTS = 500;
    static final int MEMBERS = 10;
    static final ProgramId PROGRAM = ProgramId.of("prog-race");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId FUNDER = PartyId.of("bank-1");
    static final Money PROGRAM_LIMIT = Money.of("500000.00", "CNY");
    static final LocalDate DAY = LocalDate.parse("2026-03-15");

    final JournalDatabase database = JournalDatabase.create(24);
    final List<Instance> instances = new ArrayList<>();
    /** Commands that lost a race on the program's next sequence number and were retried. */
    final AtomicInteger lostRaces = new AtomicInteger();

    /** One "application instance": its own journal, Axon configuration and retry scheduler. */
    record Instance(Journal journal, Configuration axon, ScheduledExecutorService retries) {

        CommandGateway gateway() {
            return axon.commandGateway();
        }

        void stop() {
            axon.shutdown();
            retries.shutdownNow();
            journal.close();
        }
    }

    Instance start() {
        Journal journal = Journal.open(database.app(), JournalSettings.defaults());
        var engine = HashChainedEventStorageEngine.builder().journal(journal)
                .eventSerializer(LedgerJson.serializer()).snapshotSerializer(LedgerJson.serializer()).build();
        ScheduledExecutorService retries = Executors.newScheduledThreadPool(4);
        // A lost race (ConcurrencyException) is retried against the new state; a refusal by a rule is final.
        var retryScheduler = IntervalRetryScheduler.builder().retryExecutor(retries).retryInterval(5).maxRetryCount(1000)
                .nonTransientFailurePredicate(failure -> failure instanceof RuleViolation
                        || new AxonNonTransientExceptionClassesPredicate().test(failure))
                .build();
        RetryScheduler counting = (command, failure, failures, dispatch) -> {
            if (failure instanceof ConcurrencyException) {
                lostRaces.incrementAndGet();
            }
            return retryScheduler.scheduleRetry(command, failure, failures, dispatch);
        };
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> LedgerJson.serializer())
                .configureMessageSerializer(c -> LedgerJson.serializer())
                .configureEventSerializer(c -> LedgerJson.serializer())
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(Program.class)
                .configureAggregate(Party.class)
                .registerCommandHandler(c -> new ProgramParties(c.repository(Program.class), c.repository(Party.class)))
                .registerComponent(CommandGateway.class, c -> DefaultCommandGateway.builder()
                        .commandBus(c.commandBus()).retryScheduler(counting).build())
                .start();
        var instance = new Instance(journal, axon, retries);
        instances.add(instance);
        return instance;
    }

    @AfterEach
    void stop() {
        instances.forEach(Instance::stop);
        database.close();
    }

    static PartyId member(int index) {
        return PartyId.of("supplier-" + index);
    }

    static Money amount(int request) {
        return Money.of((request / 2) % 2 == 0 ? "2000.00" : "4000.00", "CNY");
    }

    @Test
    void five_hundred_concurrent_drawdowns_on_two_instances_never_overdraw_the_program_and_fill_it_to_the_cent()
            throws Exception {
        Instance first = start();
        Instance second = start();
        Parties.forProgram(first.gateway(), CORE, FUNDER);
        first.gateway().sendAndWait(new CreateProgram(PROGRAM, CORE, FUNDER, Currency.getInstance("CNY"), PROGRAM_LIMIT,
                DAY.minusMonths(2), DAY.plusMonths(10), AdvanceRates.defaults(), ProgramPricing.of(Rate.percent("4.35")),
                180, BigDecimal.ONE, FUNDER));
        for (int m = 0; m < MEMBERS; m++) {
            Parties.members(first.gateway(), member(m));
            // 300 000.00 each: a member asks for 150 000.00 in all, so only the program limit binds.
            (m % 2 == 0 ? first : second).gateway().sendAndWait(new AdmitMember(PROGRAM, member(m), MemberSide.SUPPLIER,
                    Money.of("300000.00", "CNY"), Money.of("300000.00", "CNY"), FUNDER));
        }

        AtomicInteger accepted = new AtomicInteger();
        Map<String, AtomicInteger> refusedByCode = new ConcurrentHashMap<>();
        List<Throwable> otherFailures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(32);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            int request = i;
            Instance instance = request % 2 == 0 ? first : second;
            PartyId member = member(request % MEMBERS);
            var command = new ReserveDrawdown(PROGRAM, FinancingId.of("fin-" + request), member, amount(request), DAY, member);
            futures.add(clients.submit(() -> {
                try {
                    instance.gateway().send(command).get(5, TimeUnit.MINUTES);
                    accepted.incrementAndGet();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuleViolation violation) {
                        refusedByCode.computeIfAbsent(violation.code(), code -> new AtomicInteger()).incrementAndGet();
                    } else {
                        otherFailures.add(e.getCause());
                    }
                } catch (Exception e) {
                    otherFailures.add(e);
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        clients.shutdown();

        assertThat(otherFailures).as("infrastructure failures").isEmpty();
        // The two instances did race: appends at the same sequence number were refused by the journal and retried.
        assertThat(lostRaces.get()).as("races lost to the other instance, then retried").isPositive();
        assertThat(refusedByCode.keySet()).as("refusal codes").containsOnly(DrawdownLimits.LIMIT_EXCEEDED);
        int refused = refusedByCode.values().stream().mapToInt(AtomicInteger::get).sum();
        assertThat(accepted.get() + refused).isEqualTo(REQUESTS);
        LoggerFactory.getLogger(ProgramConcurrencyIT.class).info("{} drawdowns reserved, {} refused ({}), {} races lost and retried",
                accepted.get(), refused, refusedByCode, lostRaces.get());

        // The journal's history of the program, in commit order: never above the limit, exactly at it in the end.
        var serializer = LedgerJson.serializer();
        Money reserved = Money.zero("CNY");
        Money highest = reserved;
        int reservations = 0;
        long expectedSequence = 0;
        long from = 0;
        List<JournalRecord> batch;
        do {
            batch = first.journal().records(from, Long.MAX_VALUE, 1000);
            for (JournalRecord record : batch) {
                from = record.position() + 1;
                if (!PROGRAM.toString().equals(record.aggregateId())) {
                    continue;
                }
                assertThat(record.aggregateSequence()).as("the program's events are gap-free").isEqualTo(expectedSequence++);
                Object event = serializer.deserialize(new SimpleSerializedObject<>(record.payload(), byte[].class,
                        record.eventType(), record.eventRevision()));
                if (event instanceof DrawdownReserved drawdown) {
                    reserved = reserved.plus(drawdown.amount());
                    reservations++;
                } else if (event instanceof ReservationReleased release) {
                    reserved = reserved.minus(release.amount());
                }
                assertThat(reserved).as("reserved after position " + record.position()).isLessThanOrEqualTo(PROGRAM_LIMIT);
                highest = Money.max(highest, reserved);
            }
        } while (batch.size() == 1000);

        assertThat(reserved).isEqualTo(PROGRAM_LIMIT);
        assertThat(highest).isEqualTo(PROGRAM_LIMIT);
        assertThat(reservations).isEqualTo(accepted.get());
        assertThat(expectedSequence).as("create + admissions + reservations").isEqualTo(1 + MEMBERS + reservations);
    }
}
