package org.scfledger.projections.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.financing.FinancingEvent.FinancingApproved;
import org.scfledger.core.financing.FinancingEvent.FinancingDeclined;
import org.scfledger.core.financing.FinancingEvent.FinancingDisbursed;
import org.scfledger.core.financing.FinancingEvent.FinancingOverdue;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaid;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaidInFull;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.core.financing.FinancingEvent.ReceivableFinancingTerms;
import org.scfledger.core.financing.FinancingEvent.ReceivableProceedsApplied;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.ReceivableInterestMode;
import org.scfledger.core.lending.Allocation;
import org.scfledger.core.lending.Installment;
import org.scfledger.core.lending.LoanPosition;
import org.scfledger.core.lending.PenaltyPolicy;
import org.scfledger.core.lending.Repayment;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.lending.Schedule;
import org.scfledger.core.lending.ScheduleCalculator;
import org.scfledger.core.lending.ScheduleTerms;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.pledge.LineReference;
import org.scfledger.core.program.AssetRemovalReason;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent;
import org.scfledger.core.program.ProgramEvent.DrawdownReserved;
import org.scfledger.core.program.ProgramEvent.LineAssetAdded;
import org.scfledger.core.program.ProgramEvent.LineAssetRemoved;
import org.scfledger.core.program.ProgramEvent.MemberAdmitted;
import org.scfledger.core.program.ProgramEvent.MemberLimitsChanged;
import org.scfledger.core.program.ProgramEvent.MemberReinstated;
import org.scfledger.core.program.ProgramEvent.MemberSuspended;
import org.scfledger.core.program.ProgramEvent.PrincipalDrawn;
import org.scfledger.core.program.ProgramEvent.PrincipalRepaid;
import org.scfledger.core.program.ProgramEvent.ProgramCreated;
import org.scfledger.core.program.ProgramEvent.ReservationReleased;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableConfirmed;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableEncumbered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableFellDue;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartCreated;
import org.scfledger.core.receivable.ReceivableEvent.ReceivablePartSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableRegistered;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSettled;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableSplit;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableTransferred;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.ReceivablePart;
import org.scfledger.core.receivable.ThreeWayMatch;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;
import org.scfledger.projections.creditline.MemberLines;

/**
 * A consistent ledger history for benchmarks, one program at a time: the domain events the write side would record,
 * as Axon domain event messages with their aggregates' types, ids and sequence numbers, grouped in the units of work
 * the command handlers write them in. Each program interleaves many flows of its members:
 * <ul>
 *   <li>line drawdowns (45%): reserved and requested, approved (or 10% declined and released), disbursed with the
 *       schedule {@link ScheduleCalculator} fixes, repaid installment by installment (allocated by {@link LoanPosition},
 *       5% of them late, after a {@code FinancingOverdue}), repaid in full;</li>
 *   <li>receivables pledged to the member's line (20%): registered, confirmed, added to the line, settled (or 10%
 *       falling due unpaid), leaving the line;</li>
 *   <li>receivables split and transferred (15%): registered, confirmed, split into two parts, one part transferred to
 *       another member, settled part by part;</li>
 *   <li>receivable financings (17%): registered, confirmed, financed (reserved, encumbered, requested with its
 *       terms), approved, disbursed, repaid from the debtor's payment with the proceeds applied;</li>
 *   <li>member administration (3%): limits changed, suspended and reinstated.</li>
 * </ul>
 * A program's units must be appended in the order {@link Program#next()} returns them; different programs are
 * independent. Not thread-safe: one thread per program.
 */
public final class LedgerScenario {

    static final String PROGRAM = "Program";
    static final String FINANCING = "Financing";
    static final String RECEIVABLE = "Receivable";

    static final Currency CNY = Currency.getInstance("CNY");
    static final ProgramPricing PRICING = ProgramPricing.of(Rate.percent("4.35"));
    static final AdvanceRate RECEIVABLE_RATE = AssetType.RECEIVABLE.defaultAdvanceRate();
    static final LocalDate START = LocalDate.parse("2024-01-02");

    private LedgerScenario() {
    }

    /**
     * Appends the programs' units through {@code engine} until the journal holds {@code events}: {@code writers}
     * threads, each owning some programs, in chunks of about 500 events; the last chunk is cut where the count is
     * reached (the flows it cuts just stop there). {@code meanwhile} runs on the calling thread every second until
     * the writers are done.
     */
    public static void append(EventStorageEngine engine, Program[] programs, long events, int writers, Runnable meanwhile)
            throws InterruptedException, ExecutionException {
        var reserved = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                futures.add(pool.submit(() -> {
                    var own = new ArrayList<Program>();
                    for (int p = writer; p < programs.length; p += writers) {
                        own.add(programs[p]);
                    }
                    var random = new SplittableRandom(writer);
                    while (true) {
                        var chunk = new ArrayList<DomainEventMessage<?>>(520);
                        while (chunk.size() < 500) {
                            chunk.addAll(own.get(random.nextInt(own.size())).next().events());
                        }
                        long from = reserved.getAndAdd(chunk.size());
                        if (from >= events) {
                            return null;
                        }
                        if (from + chunk.size() > events) {
                            chunk = new ArrayList<>(chunk.subList(0, (int) (events - from)));
                        }
                        engine.appendEvents(chunk);
                    }
                }));
            }
            while (futures.stream().anyMatch(future -> !future.isDone())) {
                Thread.sleep(1000);
                meanwhile.run();
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** One unit of work: its events, and which of them change a member's credit line (and which line). */
    public record Unit(List<DomainEventMessage<?>> events, List<LineEvent> lineEvents) {
        int size() {
            return events.size();
        }
    }

    /** A program event in a unit that changes the member line {@code lineKey}: the program's sequence number. */
    record LineEvent(String programAggregate, long sequence, String lineKey) {
    }

    /** One program: its members and its flows in progress; {@link #next()} is the next unit of work. */
    public static final class Program {

        public final ProgramId id;
        public final String aggregateId;
        final PartyId core;
        final PartyId funder;
        public final List<PartyId> members = new ArrayList<>();
        private final int memberCount;
        private final int maxFlows;
        private final SplittableRandom random;
        private final List<Flow> flows = new ArrayList<>();
        private long programSequence;
        private int admitted = -1;
        private long flowsStarted;
        private LocalDate today = START;
        private long unitsToday;
        private final boolean[] suspended;

        public Program(String name, int memberCount, int maxFlows, long seed) {
            this.id = ProgramId.of(name);
            this.aggregateId = id.toString();
            this.core = PartyId.of(name + "-core");
            this.funder = PartyId.of(name + "-bank");
            this.memberCount = memberCount;
            this.maxFlows = maxFlows;
            this.random = new SplittableRandom(seed);
            for (int m = 0; m < memberCount; m++) {
                members.add(PartyId.of(name + "-m" + m));
            }
            this.suspended = new boolean[memberCount];
        }

        String lineKey(PartyId member) {
            return MemberLines.key(id, member);
        }

        /** The next unit of work of this program: creation, admissions, then steps of interleaved flows. */
        public Unit next() {
            var unit = new UnitBuilder(this);
            if (admitted < 0) {
                unit.program(new ProgramCreated(id, core, funder, CNY, cny(50_000_000_00L), START, START.plusYears(5),
                        AdvanceRates.defaults(), PRICING, 180, BigDecimal.ONE));
                admitted = 0;
                return unit.build();
            }
            if (admitted < memberCount) {
                PartyId member = members.get(admitted);
                unit.program(new MemberAdmitted(id, member, admitted % 4 == 3 ? MemberSide.DISTRIBUTOR : MemberSide.SUPPLIER,
                        cny(5_000_000_00L), cny(8_000_000_00L)));
                admitted++;
                return unit.build();
            }
            if (++unitsToday > 40L * memberCount / 8) { // the business calendar moves on
                today = today.plusDays(1);
                unitsToday = 0;
            }
            while (true) {
                if (flows.size() < maxFlows && (flows.isEmpty() || random.nextInt(4) == 0)) {
                    flows.add(newFlow());
                }
                int index = random.nextInt(flows.size());
                Flow flow = flows.get(index);
                flow.step(unit);
                if (flow.done()) {
                    flows.set(index, flows.get(flows.size() - 1));
                    flows.remove(flows.size() - 1);
                }
                if (unit.size() > 0) {
                    return unit.build();
                }
            }
        }

        private Flow newFlow() {
            long n = flowsStarted++;
            PartyId member = members.get(random.nextInt(memberCount));
            int kind = random.nextInt(100);
            String ref = id.value() + "-" + n;
            if (kind < 45) {
                return new LineDrawdown(this, member, FinancingId.of("F-" + ref));
            }
            if (kind < 65) {
                return new PledgedReceivable(this, member, ReceivableId.of("AR-" + ref));
            }
            if (kind < 80) {
                PartyId other = members.get(random.nextInt(memberCount));
                return new SplitReceivable(this, member, other, ReceivableId.of("AR-" + ref));
            }
            if (kind < 97) {
                return new ReceivableFinancing(this, member, ReceivableId.of("AR-" + ref), FinancingId.of("RF-" + ref));
            }
            return new MemberAdministration(this, members.indexOf(member));
        }

        Money amount(long minYuan, long maxYuan) {
            return cny((minYuan + random.nextLong(maxYuan - minYuan)) * 100 + random.nextInt(100));
        }
    }

    /** A business process of one program, one unit of work per step. */
    private abstract static class Flow {
        final Program program;
        int stage;

        Flow(Program program) {
            this.program = program;
        }

        abstract void step(UnitBuilder unit);

        abstract boolean done();
    }

    /** A financing's own events and sequence numbers. */
    private static final class FinancingStream {
        final FinancingId id;
        final String aggregateId;
        long sequence;

        FinancingStream(FinancingId id) {
            this.id = id;
            this.aggregateId = id.toString();
        }
    }

    /** A receivable's (or part's) own events and sequence numbers. */
    private static final class ReceivableStream {
        final ReceivableId id;
        long sequence;

        ReceivableStream(ReceivableId id) {
            this.id = id;
        }
    }

    private static final class LineDrawdown extends Flow {
        private final PartyId member;
        private final FinancingStream financing;
        private final Money amount;
        private final RepaymentMethod method;
        private final FinancingTenor tenor;
        private @Nullable Schedule schedule;
        private final List<Repayment> repayments = new ArrayList<>();
        private int paid;
        private boolean declined;
        private boolean finished;
        private @Nullable LocalDate lateOn;
        private LocalDate date;

        LineDrawdown(Program program, PartyId member, FinancingId id) {
            super(program);
            this.member = member;
            this.financing = new FinancingStream(id);
            this.amount = program.amount(10_000, 500_000);
            int choice = program.random.nextInt(4);
            this.method = choice == 0 ? RepaymentMethod.BULLET : choice == 1 ? RepaymentMethod.EQUAL_PRINCIPAL
                    : RepaymentMethod.EQUAL_INSTALLMENT;
            this.tenor = FinancingTenor.monthly(method == RepaymentMethod.BULLET ? 1 : choice == 1 ? 3 : 6);
            this.date = program.today;
        }

        @Override
        void step(UnitBuilder unit) {
            switch (stage++) {
                case 0 -> {
                    unit.program(new DrawdownReserved(program.id, financing.id, member, amount, date));
                    unit.financing(financing, new FinancingRequested(financing.id, FinancingKind.LINE_DRAWDOWN, program.id,
                            member, program.funder, amount, method, tenor, PRICING, date));
                }
                case 1 -> {
                    if (program.random.nextInt(10) == 0) {
                        declined = true;
                        unit.financing(financing, new FinancingDeclined(financing.id, program.funder,
                                List.of("the member's sales fell in the last quarter"), date));
                        unit.program(new ReservationReleased(program.id, financing.id, member, amount,
                                "declined: the member's sales fell in the last quarter", date, program.funder));
                    } else {
                        unit.financing(financing, new FinancingApproved(financing.id, program.funder,
                                List.of("within the member's limit"), date));
                    }
                }
                case 2 -> {
                    date = date.plusDays(1);
                    Schedule fixed = ScheduleCalculator.schedule(method, new ScheduleTerms(amount, PRICING.annualRate(),
                            PRICING.dayCount(), date, tenor.toTenor()));
                    schedule = fixed;
                    unit.financing(financing, new FinancingDisbursed(financing.id, program.id, member, amount,
                            fixed.upfrontInterest(), fixed.disbursedAmount(), fixed, date, program.funder));
                    unit.program(new PrincipalDrawn(program.id, financing.id, member, amount, date));
                }
                default -> repay(unit);
            }
        }

        private void repay(UnitBuilder unit) {
            Schedule fixed = java.util.Objects.requireNonNull(schedule);
            PenaltyPolicy policy = new PenaltyPolicy(PRICING.penaltyMultiplier());
            Installment due = fixed.installments().get(paid);
            if (lateOn == null && program.random.nextInt(20) == 0) { // paid five days late, reported overdue first
                lateOn = due.dueDate().plusDays(5);
                LoanPosition position = LoanPosition.asOf(fixed, repayments, lateOn, policy);
                int pastDue = (int) fixed.installments().stream().filter(i -> i.dueDate().isBefore(lateOn)).count();
                unit.financing(financing, new FinancingOverdue(financing.id, program.id, member,
                        position.ageing().daysPastDue(), position.ageing().bucket(), pastDue, position.overduePrincipal(),
                        position.dueInterest(), position.penaltyInterest(), lateOn));
                stage--; // the repayment is the next step
                return;
            }
            LocalDate on = lateOn != null ? lateOn : due.dueDate();
            Money payment = lateOn != null ? LoanPosition.asOf(fixed, repayments, on, policy).dues().total().rounded()
                    : due.total();
            lateOn = null;
            repayments.add(new Repayment(on, payment));
            LoanPosition position = LoanPosition.asOf(fixed, repayments, on, policy);
            Allocation allocation = position.repayments().get(position.repayments().size() - 1).allocation();
            Money zero = Money.zero(CNY);
            Money outstanding = position.outstandingPrincipal();
            unit.financing(financing, new FinancingRepaid(financing.id, program.id, member, payment,
                    allocation.toPenaltyInterest(), allocation.toInterest(), allocation.toPrincipal(), zero, zero, zero,
                    null, null, outstanding, on, member));
            if (outstanding.isZero()) {
                unit.financing(financing, new FinancingRepaidInFull(financing.id, program.id, member, amount, on));
                finished = true;
            }
            if (allocation.toPrincipal().isPositive()) {
                unit.program(new PrincipalRepaid(program.id, financing.id, member, allocation.toPrincipal(), outstanding, on));
            }
            paid++;
            if (paid >= fixed.installments().size()) {
                finished = true;
            }
        }

        @Override
        boolean done() {
            return finished || (declined && stage >= 2);
        }
    }

    /** A receivable the member registers, the core enterprise confirms, and the member pledges to its line. */
    private static final class PledgedReceivable extends Flow {
        private final PartyId member;
        private final ReceivableStream receivable;
        private final Money face;
        private final LocalDate registeredOn;
        private final LocalDate maturity;
        private final OrderId order;
        private final List<InvoiceId> invoices;
        private final Encumbrance line;
        private final Money contribution;

        PledgedReceivable(Program program, PartyId member, ReceivableId id) {
            super(program);
            this.member = member;
            this.receivable = new ReceivableStream(id);
            this.face = program.amount(20_000, 800_000);
            this.registeredOn = program.today;
            this.maturity = registeredOn.plusDays(30 + program.random.nextInt(120));
            this.order = OrderId.of(id.value().substring(4));
            this.invoices = invoices(program.flowsStarted);
            this.line = Encumbrance.creditLine(LineReference.of(program.id, member), program.funder);
            this.contribution = face.times(RECEIVABLE_RATE.fraction()).rounded();
        }

        @Override
        void step(UnitBuilder unit) {
            switch (stage++) {
                case 0 -> unit.receivable(receivable, new ReceivableRegistered(receivable.id, member, program.core, face,
                        maturity, invoices, order, program.id, registeredOn));
                case 1 -> unit.receivable(receivable, new ReceivableConfirmed(receivable.id, program.core,
                        match(order, invoices, face), registeredOn.plusDays(1)));
                case 2 -> {
                    unit.receivable(receivable, new ReceivableEncumbered(receivable.id, line, face, member,
                            registeredOn.plusDays(1)));
                    unit.program(new LineAssetAdded(program.id, member, receivable.id.toString(), AssetType.RECEIVABLE,
                            face, RECEIVABLE_RATE, contribution, registeredOn.plusDays(1)));
                }
                default -> {
                    if (program.random.nextInt(10) == 0) { // falls due unpaid: leaves the line
                        unit.receivable(receivable, new ReceivableFellDue(receivable.id, maturity, maturity));
                        unit.program(new LineAssetRemoved(program.id, member, receivable.id.toString(), AssetType.RECEIVABLE,
                                contribution, AssetRemovalReason.EXPIRED, maturity, PartyId.OPERATOR));
                    } else {
                        unit.receivable(receivable, new ReceivablePartSettled(receivable.id, receivable.id, member, member,
                                face, line, maturity));
                        unit.program(new LineAssetRemoved(program.id, member, receivable.id.toString(), AssetType.RECEIVABLE,
                                contribution, AssetRemovalReason.SETTLED, maturity, program.core));
                        unit.receivable(receivable, new ReceivableSettled(receivable.id, program.core, face, 1, maturity));
                    }
                }
            }
        }

        @Override
        boolean done() {
            return stage > 3;
        }
    }

    /** A receivable split in two, one part handed to another member, settled part by part. */
    private static final class SplitReceivable extends Flow {
        private final PartyId member;
        private final PartyId other;
        private final ReceivableStream receivable;
        private final ReceivableStream first;
        private final ReceivableStream second;
        private final Money face;
        private final Money firstAmount;
        private final LocalDate registeredOn;
        private final LocalDate maturity;
        private final OrderId order;
        private final List<InvoiceId> invoices;

        SplitReceivable(Program program, PartyId member, PartyId other, ReceivableId id) {
            super(program);
            this.member = member;
            this.other = other;
            this.receivable = new ReceivableStream(id);
            this.first = new ReceivableStream(id.part(1));
            this.second = new ReceivableStream(id.part(2));
            this.face = program.amount(50_000, 900_000);
            this.firstAmount = face.times(new BigDecimal("0.6")).rounded();
            this.registeredOn = program.today;
            this.maturity = registeredOn.plusDays(60 + program.random.nextInt(90));
            this.order = OrderId.of(id.value().substring(4));
            this.invoices = invoices(program.flowsStarted);
        }

        @Override
        void step(UnitBuilder unit) {
            LocalDate confirmedOn = registeredOn.plusDays(1);
            Money secondAmount = face.minus(firstAmount);
            switch (stage++) {
                case 0 -> unit.receivable(receivable, new ReceivableRegistered(receivable.id, member, program.core, face,
                        maturity, invoices, order, program.id, registeredOn));
                case 1 -> unit.receivable(receivable, new ReceivableConfirmed(receivable.id, program.core,
                        match(order, invoices, face), confirmedOn));
                case 2 -> {
                    LocalDate on = registeredOn.plusDays(2);
                    unit.receivable(receivable, new ReceivableSplit(receivable.id, member, face, List.of(
                            new ReceivablePart(first.id, member, firstAmount), new ReceivablePart(second.id, member, secondAmount)),
                            on));
                    unit.receivable(first, new ReceivablePartCreated(first.id, receivable.id, receivable.id, program.id,
                            program.core, member, firstAmount, maturity, confirmedOn, on));
                    unit.receivable(second, new ReceivablePartCreated(second.id, receivable.id, receivable.id, program.id,
                            program.core, member, secondAmount, maturity, confirmedOn, on));
                }
                case 3 -> unit.receivable(second, new ReceivableTransferred(second.id, member, other, secondAmount,
                        registeredOn.plusDays(3)));
                default -> {
                    unit.receivable(first, new ReceivablePartSettled(first.id, receivable.id, member, member, firstAmount,
                            null, maturity));
                    unit.receivable(second, new ReceivablePartSettled(second.id, receivable.id, other, other, secondAmount,
                            null, maturity));
                    unit.receivable(receivable, new ReceivableSettled(receivable.id, program.core, face, 2, maturity));
                }
            }
        }

        @Override
        boolean done() {
            return stage > 4;
        }
    }

    /** A receivable financed at maturity (众链贷) and repaid from the debtor's payment. */
    private static final class ReceivableFinancing extends Flow {
        private final PartyId member;
        private final ReceivableStream receivable;
        private final FinancingStream financing;
        private final Money face;
        private final Money maximum;
        private final Money advance;
        private final LocalDate registeredOn;
        private final LocalDate maturity;
        private final OrderId order;
        private final List<InvoiceId> invoices;
        private final Encumbrance encumbrance;
        private @Nullable Schedule schedule;

        ReceivableFinancing(Program program, PartyId member, ReceivableId receivableId, FinancingId financingId) {
            super(program);
            this.member = member;
            this.receivable = new ReceivableStream(receivableId);
            this.financing = new FinancingStream(financingId);
            this.face = program.amount(50_000, 1_000_000);
            this.maximum = face.times(RECEIVABLE_RATE.fraction()).rounded();
            this.advance = maximum.times(new BigDecimal("0.9")).rounded();
            this.registeredOn = program.today;
            this.maturity = registeredOn.plusDays(60 + program.random.nextInt(100));
            this.order = OrderId.of(receivableId.value().substring(4));
            this.invoices = invoices(program.flowsStarted);
            this.encumbrance = Encumbrance.financing(financingId.value(), program.funder);
        }

        @Override
        void step(UnitBuilder unit) {
            LocalDate requestedOn = registeredOn.plusDays(2);
            switch (stage++) {
                case 0 -> unit.receivable(receivable, new ReceivableRegistered(receivable.id, member, program.core, face,
                        maturity, invoices, order, program.id, registeredOn));
                case 1 -> unit.receivable(receivable, new ReceivableConfirmed(receivable.id, program.core,
                        match(order, invoices, face), registeredOn.plusDays(1)));
                case 2 -> {
                    unit.program(new DrawdownReserved(program.id, financing.id, member, advance, requestedOn));
                    unit.receivable(receivable, new ReceivableEncumbered(receivable.id, encumbrance, face, member, requestedOn));
                    unit.financing(financing, new FinancingRequested(financing.id, FinancingKind.RECEIVABLE, program.id,
                            member, program.funder, advance, RepaymentMethod.BULLET, FinancingTenor.maturingOn(maturity),
                            PRICING, requestedOn));
                    unit.financing(financing, new ReceivableFinancingTerms(financing.id, receivable.id,
                            ReceivableInterestMode.AT_MATURITY, face, RECEIVABLE_RATE, maximum, maturity, requestedOn));
                }
                case 3 -> unit.financing(financing, new FinancingApproved(financing.id, program.funder,
                        List.of("receivable confirmed by the core enterprise"), requestedOn));
                case 4 -> {
                    LocalDate on = requestedOn.plusDays(1);
                    Schedule fixed = ScheduleCalculator.schedule(RepaymentMethod.BULLET, new ScheduleTerms(advance,
                            PRICING.annualRate(), PRICING.dayCount(), on, FinancingTenor.maturingOn(maturity).toTenor()));
                    schedule = fixed;
                    unit.financing(financing, new FinancingDisbursed(financing.id, program.id, member, advance,
                            fixed.upfrontInterest(), fixed.disbursedAmount(), fixed, on, program.funder));
                    unit.program(new PrincipalDrawn(program.id, financing.id, member, advance, on));
                }
                default -> {
                    Schedule fixed = java.util.Objects.requireNonNull(schedule);
                    PenaltyPolicy policy = new PenaltyPolicy(PRICING.penaltyMultiplier());
                    Money owed = LoanPosition.asOf(fixed, List.of(), maturity, policy).payoffAmount().rounded();
                    LoanPosition position = LoanPosition.asOf(fixed, List.of(new Repayment(maturity, owed)), maturity, policy);
                    Allocation allocation = position.repayments().get(0).allocation();
                    Money zero = Money.zero(CNY);
                    unit.receivable(receivable, new ReceivablePartSettled(receivable.id, receivable.id, member,
                            program.funder, face, encumbrance, maturity));
                    unit.financing(financing, new FinancingRepaid(financing.id, program.id, member, owed,
                            allocation.toPenaltyInterest(), allocation.toInterest(), allocation.toPrincipal(), zero, zero,
                            zero, null, null, position.outstandingPrincipal(), maturity, program.funder));
                    unit.financing(financing, new FinancingRepaidInFull(financing.id, program.id, member, advance, maturity));
                    unit.financing(financing, new ReceivableProceedsApplied(financing.id, program.id, receivable.id, member,
                            face, owed, face.minus(owed), member, maturity));
                    unit.program(new PrincipalRepaid(program.id, financing.id, member, allocation.toPrincipal(),
                            position.outstandingPrincipal(), maturity));
                    unit.receivable(receivable, new ReceivableSettled(receivable.id, program.core, face, 1, maturity));
                }
            }
        }

        @Override
        boolean done() {
            return stage > 5;
        }
    }

    /** The funder's administration of a member: new limits, or a suspension lifted later. */
    private static final class MemberAdministration extends Flow {
        private final int member;
        private final boolean suspension;

        MemberAdministration(Program program, int member) {
            super(program);
            this.member = member;
            this.suspension = program.random.nextBoolean() && !program.suspended[member];
        }

        @Override
        void step(UnitBuilder unit) {
            PartyId party = program.members.get(member);
            if (!suspension) {
                stage = 2;
                unit.program(new MemberLimitsChanged(program.id, party, program.amount(4_000_000, 6_000_000),
                        cny(8_000_000_00L), program.today));
            } else if (stage++ == 0) {
                program.suspended[member] = true;
                unit.program(new MemberSuspended(program.id, party, "overdue financing under review"));
            } else {
                program.suspended[member] = false;
                unit.program(new MemberReinstated(program.id, party, "review closed"));
            }
        }

        @Override
        boolean done() {
            return stage >= 2;
        }
    }

    /** Builds one unit: the events in order, their sequence numbers, the same correlation metadata. */
    private static final class UnitBuilder {
        private final Program program;
        private final List<DomainEventMessage<?>> events = new ArrayList<>(6);
        private final List<LineEvent> lineEvents = new ArrayList<>(2);
        private final MetaData metaData;

        UnitBuilder(Program program) {
            this.program = program;
            String command = new UUID(program.random.nextLong(), program.random.nextLong()).toString();
            this.metaData = MetaData.with("correlationId", command).and("traceId", command);
        }

        void program(ProgramEvent event) {
            long sequence = program.programSequence++;
            events.add(new GenericDomainEventMessage<>(PROGRAM, program.aggregateId, sequence, event, metaData));
            PartyId member = MemberLines.memberOf(event);
            if (member != null) {
                lineEvents.add(new LineEvent(program.aggregateId, sequence, program.lineKey(member)));
            }
        }

        void financing(FinancingStream stream, Object event) {
            events.add(new GenericDomainEventMessage<>(FINANCING, stream.aggregateId, stream.sequence++, event, metaData));
        }

        void receivable(ReceivableStream stream, Object event) {
            events.add(new GenericDomainEventMessage<>(RECEIVABLE, stream.id.toString(), stream.sequence++, event, metaData));
        }

        int size() {
            return events.size();
        }

        Unit build() {
            return new Unit(List.copyOf(events), List.copyOf(lineEvents));
        }
    }

    private static List<InvoiceId> invoices(long n) {
        return List.of(InvoiceId.of("91310000MA1K4XYZ2B", "3100231130", Long.toString(10_000_000L + n)));
    }

    private static ThreeWayMatch match(OrderId order, List<InvoiceId> invoices, Money face) {
        Money zero = Money.zero(CNY);
        return new ThreeWayMatch(order, face, invoices, face, face, BigDecimal.ONE,
                face.times(new BigDecimal("0.01")).rounded(), zero);
    }

    static Money cny(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), CNY);
    }
}
