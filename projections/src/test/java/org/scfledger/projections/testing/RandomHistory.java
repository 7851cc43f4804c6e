package org.scfledger.projections.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.testing.Parties;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.CollateralKind;
import org.scfledger.core.collateral.ExpireCollateral;
import org.scfledger.core.collateral.PledgeCollateral;
import org.scfledger.core.collateral.ReleaseCollateral;
import org.scfledger.core.collateral.RevalueCollateral;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.DrawdownRequestOutcome;
import org.scfledger.core.financing.FinancingEvent.FinancingApproved;
import org.scfledger.core.financing.FinancingEvent.FinancingDeclined;
import org.scfledger.core.financing.FinancingEvent.FinancingDisbursed;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaid;
import org.scfledger.core.financing.FinancingEvent.FinancingRepaidInFull;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.core.financing.FinancingEvent.FinancingWrittenOff;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.MarkOverdue;
import org.scfledger.core.financing.ReceivableInterestMode;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.financing.RequestReceivableFinancing;
import org.scfledger.core.financing.WriteOffFinancing;
import org.scfledger.core.lending.EarlyRepaymentOption;
import org.scfledger.core.lending.LoanPosition;
import org.scfledger.core.lending.PenaltyPolicy;
import org.scfledger.core.lending.Repayment;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.lending.Schedule;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.PartyRole;
import org.scfledger.core.pledge.LineReference;
import org.scfledger.core.pledge.PledgeAssetToLine;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.ChangeMemberLimits;
import org.scfledger.core.program.ChangeProgramLimit;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.ExpireProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.program.ReinstateMember;
import org.scfledger.core.program.SuspendMember;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.DisputeReceivable;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.RecordReceivableDue;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.receivable.ReleaseReceivable;
import org.scfledger.core.receivable.ResolveDispute;
import org.scfledger.core.receivable.SettleReceivable;
import org.scfledger.core.receivable.SplitPart;
import org.scfledger.core.receivable.SplitReceivable;
import org.scfledger.core.receivable.TransferReceivable;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;
import org.scfledger.core.trade.ReleaseInvoice;
import org.scfledger.core.trade.ReleaseOrder;
import org.scfledger.core.trade.TaxAuthorityVerdict;
import org.scfledger.core.trade.VerifyInvoice;

/**
 * A seeded random business history, driven through the write side's command gateway: three programs (the third ends
 * part-way), their suppliers and distributors pledging collateral, invoices, orders and receivables to their lines,
 * the funders revaluing and releasing, changing limits, suspending and reinstating; drawdowns of every repayment
 * method requested, decided, disbursed and repaid (what is due, part of it, early beyond it, everything), marked
 * overdue and written off; receivables registered on orders and invoices, confirmed, disputed, split down the chain,
 * transferred, financed, settled by the core enterprise or recorded due. Business dates only move forward.
 *
 * <p>What the generator knows of the ledger is its own bookkeeping of what it sent, plus a financing's own events
 * (read from the event store) to pick realistic repayment amounts. Refusals by the ledger's rules are part of a
 * realistic history: they are counted (by code) and the history goes on. Same seed, same commands.
 */
public final class RandomHistory {

    public static final LocalDate START = LocalDate.parse("2024-01-15");
    static final Currency CNY = Currency.getInstance("CNY");
    static final PartyId OPERATOR = PartyId.OPERATOR;
    static final PartyId WAREHOUSE = PartyId.of("warehouse-1");
    static final PartyId GUARANTOR = PartyId.of("guarantor-1");
    static final List<PartyId> TIER2 = List.of(PartyId.of("tier2-1"), PartyId.of("tier2-2"));
    static final String INVOICE_CODE = "3100231130";

    private final CommandGateway gateway;
    private final EventStore events;
    private final Random random;
    private final List<Action> actions = new ArrayList<>();
    private LocalDate today = START;
    private int nextId;

    private final List<Prog> programs = new ArrayList<>();
    private final List<Col> collaterals = new ArrayList<>();
    private final List<Fin> financings = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final List<LineInvoice> lineInvoices = new ArrayList<>();
    private final List<Rcv> receivables = new ArrayList<>();

    private int accepted;
    private int refused;
    private final Map<String, Integer> refusals = new TreeMap<>();
    private final Map<String, Integer> recordedRefusals = new TreeMap<>();

    private RandomHistory(Configuration axon, long seed) {
        this.gateway = axon.commandGateway();
        this.events = axon.eventStore();
        this.random = new Random(seed);
        action("pledge collateral", 6, this::pledgeCollateral);
        action("revalue collateral", 3, this::revalueCollateral);
        action("release collateral", 1, this::releaseCollateral);
        action("expire collateral", 2, this::expireCollateral);
        action("change member limits", 2, this::changeMemberLimits);
        action("suspend or reinstate", 2, this::suspendOrReinstate);
        action("change program limit", 1, this::changeProgramLimit);
        action("expire program", 1, this::expireProgram);
        action("request drawdown", 10, this::requestDrawdown);
        action("decide", 8, this::decide);
        action("disburse", 7, this::disburse);
        action("repay", 14, this::repay);
        action("mark overdue", 4, this::markOverdue);
        action("write off", 1, this::writeOff);
        action("order", 4, this::order);
        action("invoice order", 2, this::invoiceOrder);
        action("invoice on line", 2, this::invoiceOnLine);
        action("release line asset", 1, this::releaseLineAsset);
        action("register receivable", 4, this::registerReceivable);
        action("confirm receivable", 2, this::confirmReceivable);
        action("pledge receivable", 2, this::pledgeReceivable);
        action("split receivable", 2, this::splitReceivable);
        action("transfer receivable", 2, this::transferReceivable);
        action("finance receivable", 4, this::financeReceivable);
        action("dispute or resolve", 1, this::disputeOrResolve);
        action("settle receivable", 3, this::settleReceivable);
        action("record receivable due", 2, this::recordReceivableDue);
    }

    /** Registers the parties, creates the programs and admits their members; then {@link #run} adds the history. */
    public static RandomHistory begin(Configuration axon, long seed) {
        RandomHistory history = new RandomHistory(axon, seed);
        history.setUp();
        return history;
    }

    /** Runs {@code steps} random business actions (each one or a few commands), moving the business date on. */
    public RandomHistory run(int steps) {
        for (int i = 0; i < steps; i++) {
            if (random.nextDouble() < 0.2) {
                today = today.plusDays(1 + random.nextInt(2));
            }
            for (int attempt = 0; attempt < 20 && !pickAction().run().getAsBoolean(); attempt++) {
                // nothing to do for that action yet: pick another
            }
        }
        return this;
    }

    /** The latest business date of the history. */
    public LocalDate today() {
        return today;
    }

    public int accepted() {
        return accepted;
    }

    public int refused() {
        return refused;
    }

    public String summary() {
        return accepted + " commands accepted, " + refused + " refused " + refusals + "; financing requests refused and"
                + " recorded " + recordedRefusals + "; business date " + today;
    }

    // ------------------------------------------------------------------ set-up

    private void setUp() {
        PartyId bank1 = PartyId.of("bank-1");
        PartyId bank2 = PartyId.of("bank-2");
        Parties.funders(gateway, bank1, bank2);
        Parties.register(gateway, GUARANTOR, PartyRole.GUARANTOR);
        Parties.members(gateway, TIER2.toArray(PartyId[]::new));
        program("prog-1", "core-1", bank1, LocalDate.parse("2025-12-31"), List.of("sup-1", "sup-2", "sup-3"),
                List.of("dist-1", "dist-2"));
        program("prog-2", "core-2", bank2, LocalDate.parse("2025-12-31"), List.of("sup-3", "sup-4", "sup-5"),
                List.of("dist-3"));
        program("prog-3", "core-3", bank1, START.plusDays(150), List.of("sup-1", "sup-6"), List.of("dist-4"));
    }

    private void program(String id, String core, PartyId funder, LocalDate validTo, List<String> suppliers,
            List<String> distributors) {
        Prog program = new Prog(ProgramId.of(id), PartyId.of(core), funder, validTo);
        Parties.cores(gateway, program.core);
        send(new CreateProgram(program.id, program.core, funder, CNY, cny(between(8_000_000, 20_000_000)),
                LocalDate.parse("2024-01-01"), validTo, AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent(List.of("3.85", "4.35", "5.20").get(random.nextInt(3)))), 365,
                new BigDecimal("0.5"), funder));
        for (String supplier : suppliers) {
            admit(program, PartyId.of(supplier), MemberSide.SUPPLIER);
        }
        for (String distributor : distributors) {
            admit(program, PartyId.of(distributor), MemberSide.DISTRIBUTOR);
        }
        programs.add(program);
    }

    private void admit(Prog program, PartyId member, MemberSide side) {
        if (programs.stream().noneMatch(p -> p.members().contains(member))) {
            Parties.members(gateway, member);
        }
        Money base = cny(between(200_000, 1_000_000));
        send(new AdmitMember(program.id, member, side, base, base.times(2 + random.nextInt(3)), program.funder));
        (side == MemberSide.SUPPLIER ? program.suppliers : program.distributors).add(member);
    }

    // ------------------------------------------------------------------ collateral and limits

    private boolean pledgeCollateral() {
        Prog program = any(programs, this::inForce);
        if (program == null) {
            return false;
        }
        PartyId member = any(program.members());
        CollateralKind kind = CollateralKind.values()[random.nextInt(CollateralKind.values().length)];
        CollateralId id = CollateralId.of("COL-" + next());
        Money value = cny(between(50_000, 800_000));
        LocalDate expiresOn = kind == CollateralKind.GUARANTEE ? today.plusDays(between(20, 200)) : null;
        PartyId custodian = kind == CollateralKind.GOODS || kind == CollateralKind.WAREHOUSE_RECEIPT ? WAREHOUSE : null;
        String document = kind == CollateralKind.WAREHOUSE_RECEIPT || kind == CollateralKind.MORTGAGE ? "DOC-" + id.value()
                : null;
        PartyId guarantor = kind == CollateralKind.GUARANTEE ? (random.nextBoolean() ? program.core : GUARANTOR) : null;
        if (!send(new PledgeCollateral(id, kind, member, program.funder, value, kind + " of " + member, custodian,
                guarantor, document, expiresOn, today, member))) {
            return true;
        }
        collaterals.add(new Col(id, program, value, expiresOn));
        if (random.nextDouble() < 0.9) {
            send(PledgeAssetToLine.collateral(program.id, member, id, today, member));
        }
        return true;
    }

    private boolean revalueCollateral() {
        Col collateral = any(collaterals, c -> true);
        if (collateral == null) {
            return false;
        }
        Money value = collateral.value.times(new BigDecimal(between(60, 140)).movePointLeft(2)).rounded();
        if (value.equals(collateral.value)) {
            value = value.plus(cny(1_000));
        }
        if (send(new RevalueCollateral(collateral.id, value, today, collateral.program.funder))) {
            collateral.value = value;
        }
        return true;
    }

    private boolean releaseCollateral() {
        Col collateral = any(collaterals, c -> true);
        if (collateral == null) {
            return false;
        }
        send(new ReleaseCollateral(collateral.id, "released by the funder", today, collateral.program.funder));
        collaterals.remove(collateral);
        return true;
    }

    private boolean expireCollateral() {
        Col collateral = any(collaterals, c -> c.expiresOn != null && !today.isBefore(c.expiresOn));
        if (collateral == null) {
            return false;
        }
        send(new ExpireCollateral(collateral.id, today, random.nextBoolean() ? OPERATOR : collateral.program.funder));
        collaterals.remove(collateral);
        return true;
    }

    private boolean changeMemberLimits() {
        Prog program = any(programs);
        Money base = cny(between(100_000, 1_200_000));
        send(new ChangeMemberLimits(program.id, any(program.members()), base, base.times(1 + random.nextInt(4)), today,
                program.funder));
        return true;
    }

    /** Suspensions are short: a suspended member is more likely reinstated than another suspended. */
    private boolean suspendOrReinstate() {
        Prog program = any(programs);
        if (!program.suspended.isEmpty() && random.nextDouble() < 0.7) {
            PartyId member = program.suspended.remove(random.nextInt(program.suspended.size()));
            send(new ReinstateMember(program.id, member, "arrears cleared", program.funder));
            return true;
        }
        PartyId member = any(program.members());
        if (!program.suspended.contains(member) && send(new SuspendMember(program.id, member, "arrears under review",
                program.funder))) {
            program.suspended.add(member);
        }
        return true;
    }

    private boolean changeProgramLimit() {
        Prog program = any(programs, this::inForce);
        if (program == null) {
            return false;
        }
        send(new ChangeProgramLimit(program.id, cny(between(3_000_000, 20_000_000)), program.funder));
        return true;
    }

    /** Not expired, and the business date within its validity. */
    private boolean inForce(Prog program) {
        return !program.expired && !today.isAfter(program.validTo);
    }

    private boolean expireProgram() {
        Prog program = any(programs, p -> !p.expired && !today.isBefore(p.validTo));
        if (program == null) {
            return false;
        }
        program.expired = send(new ExpireProgram(program.id, today, OPERATOR));
        return true;
    }

    // ------------------------------------------------------------------ drawdowns

    /** Mostly by a member that may draw, in a program in force; now and then one the program refuses (and records). */
    private boolean requestDrawdown() {
        boolean mayDraw = random.nextDouble() < 0.9;
        Prog program = mayDraw ? any(programs, this::inForce) : any(programs);
        if (program == null) {
            return false;
        }
        List<PartyId> members = program.members();
        if (mayDraw) {
            members.removeAll(program.suspended);
        }
        if (members.isEmpty()) {
            return false;
        }
        PartyId member = any(members);
        RepaymentMethod method = RepaymentMethod.values()[random.nextInt(RepaymentMethod.values().length)];
        boolean amortising = method == RepaymentMethod.EQUAL_PRINCIPAL || method == RepaymentMethod.EQUAL_INSTALLMENT;
        FinancingTenor tenor;
        if (!amortising && random.nextBoolean()) {
            tenor = FinancingTenor.maturingOn(today.plusDays(between(30, 360)));
        } else if (random.nextDouble() < 0.2) {
            tenor = new FinancingTenor(between(1, 4), 3, null);
        } else {
            tenor = FinancingTenor.monthly(between(1, 12));
        }
        FinancingId id = FinancingId.of("F-" + next());
        Money amount = random.nextDouble() < 0.2 ? cents(between(1_000_000, 30_000_000)) : cny(between(10, 300) * 1_000L);
        DrawdownRequestOutcome outcome = ask(new RequestDrawdown(id, program.id, member, amount, method, tenor, today,
                member));
        if (requested(outcome)) {
            financings.add(new Fin(id, program, member, null));
        }
        return true;
    }

    private boolean decide() {
        Fin financing = anyFinancing(Stage.REQUESTED);
        if (financing == null) {
            return false;
        }
        PartyId funder = financing.program.funder;
        afterCommand(financing, send(random.nextDouble() < 0.85 ? DecideFinancing.approve(financing.id, today, funder)
                : DecideFinancing.decline(financing.id, List.of("concentration on the debtor"), today, funder)));
        return true;
    }

    private boolean disburse() {
        Fin financing = anyFinancing(Stage.APPROVED);
        if (financing == null) {
            return false;
        }
        afterCommand(financing, send(new DisburseFinancing(financing.id, today, financing.program.funder)));
        return true;
    }

    /** What is due, part of it, early beyond it with a choice of what the prepayment shortens, everything, or too much. */
    private boolean repay() {
        Fin financing = anyFinancing(Stage.DISBURSED);
        if (financing == null) {
            return false;
        }
        Facts facts = facts(financing);
        LoanPosition position = LoanPosition.asOf(facts.schedule, facts.repaymentsSinceSchedule, today, facts.penalty);
        Money due = position.dues().total();
        Money payoff = position.payoffAmount();
        EarlyRepaymentOption option = null;
        Money amount;
        double choice = random.nextDouble();
        if (choice < 0.35 && due.isPositive()) {
            amount = due;
        } else if (choice < 0.5 && due.isPositive()) {
            amount = fraction(due, 20, 90);
        } else if (choice < 0.72 && payoff.isGreaterThan(due)) {
            amount = due.plus(fraction(payoff.minus(due), 10, 70));
            option = random.nextBoolean() ? EarlyRepaymentOption.SHORTEN_TERM : EarlyRepaymentOption.LOWER_INSTALLMENT;
        } else if (choice < 0.95) {
            amount = payoff;
        } else {
            amount = payoff.plus(cny(between(1, 5_000)));
        }
        if (!amount.isPositive()) {
            return false;
        }
        PartyId payer = random.nextDouble() < 0.7 ? financing.member : financing.program.funder;
        afterCommand(financing, send(new RepayFinancing(financing.id, amount, option, today, payer)));
        return true;
    }

    private boolean markOverdue() {
        Fin financing = anyFinancing(Stage.DISBURSED);
        if (financing == null || facts(financing).writtenOff) {
            return false;
        }
        afterCommand(financing, send(new MarkOverdue(financing.id, today, OPERATOR)));
        return true;
    }

    private boolean writeOff() {
        Fin financing = anyFinancing(Stage.DISBURSED);
        if (financing == null) {
            return false;
        }
        Facts facts = facts(financing);
        if (facts.writtenOff || LoanPosition.asOf(facts.schedule, facts.repaymentsSinceSchedule, today, facts.penalty)
                .ageing().daysPastDue() < 30) {
            return false;
        }
        afterCommand(financing, send(new WriteOffFinancing(financing.id, "no recovery in sight", today,
                financing.program.funder)));
        return true;
    }

    // ------------------------------------------------------------------ trade: orders and invoices

    private boolean order() {
        Prog program = any(programs, this::inForce);
        if (program == null) {
            return false;
        }
        PartyId supplier = any(program.suppliers);
        Order order = new Order(OrderId.of("PO-" + next()), program, supplier, cny(between(50, 500) * 1_000L));
        if (!send(new RegisterOrder(order.id, program.core, supplier, order.amount, today, "Steel coil, lot " + nextId,
                program.core))) {
            return true;
        }
        if (random.nextDouble() < 0.05 || !send(new AcceptOrder(order.id, today, supplier))) {
            return true; // never accepted
        }
        orders.add(order);
        if (random.nextDouble() < 0.3) {
            order.onLine = send(PledgeAssetToLine.order(program.id, supplier, order.id, today, supplier));
        }
        if (random.nextDouble() < 0.7) {
            invoice(order, order.amount.minus(order.invoiced));
        }
        return true;
    }

    private boolean invoiceOrder() {
        Order order = any(orders, o -> o.amount.isGreaterThan(o.invoiced));
        if (order == null) {
            return false;
        }
        Money open = order.amount.minus(order.invoiced);
        invoice(order, random.nextBoolean() ? open : fraction(open, 30, 70));
        return true;
    }

    private void invoice(Order order, Money amount) {
        InvoiceId invoice = issue(order.supplier, order.program.core, amount, order.id);
        if (invoice != null) {
            order.invoiced = order.invoiced.plus(amount);
            order.invoices.add(invoice);
            order.invoicedAmounts.add(amount);
            order.onLine &= order.invoiced.isLessThan(order.amount); // fully invoiced, it leaves the line
        }
    }

    /** A verified invoice, issued on no order, pledged to the supplier's line. */
    private boolean invoiceOnLine() {
        Prog program = any(programs, this::inForce);
        if (program == null) {
            return false;
        }
        PartyId supplier = any(program.suppliers);
        InvoiceId invoice = issue(supplier, program.core, cny(between(20, 300) * 1_000L), null);
        if (invoice == null) {
            return true;
        }
        TaxAuthorityVerdict verdict = random.nextDouble() < 0.9 ? TaxAuthorityVerdict.AUTHENTIC
                : TaxAuthorityVerdict.NOT_FOUND;
        send(new VerifyInvoice(invoice, verdict, "VRF-" + next(), today, OPERATOR));
        if (send(PledgeAssetToLine.invoice(program.id, supplier, invoice, today, supplier))) {
            lineInvoices.add(new LineInvoice(invoice, program, supplier));
        }
        return true;
    }

    private @Nullable InvoiceId issue(PartyId issuer, PartyId buyer, Money amount, @Nullable OrderId order) {
        Money tax = amount.times(new BigDecimal("0.13")).times(BigDecimal.ONE.divide(new BigDecimal("1.13"), 10,
                RoundingMode.HALF_EVEN)).rounded();
        IssueInvoice command = new IssueInvoice(issuer, taxId(issuer), INVOICE_CODE, String.valueOf(next()), buyer, amount,
                tax, today, order, issuer);
        return send(command) ? command.invoiceId() : null;
    }

    private static String taxId(PartyId party) {
        return "91310000" + party.value().replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** The funder takes an invoice, an order or a receivable off the line it backs. */
    private boolean releaseLineAsset() {
        double choice = random.nextDouble();
        if (choice < 0.4 && !lineInvoices.isEmpty()) {
            LineInvoice invoice = lineInvoices.remove(random.nextInt(lineInvoices.size()));
            send(new ReleaseInvoice(invoice.id, line(invoice.program, invoice.supplier), today, invoice.program.funder));
            return true;
        }
        if (choice < 0.7) {
            Order order = any(orders, o -> o.onLine);
            if (order != null) {
                order.onLine = !send(new ReleaseOrder(order.id, line(order.program, order.supplier), today,
                        order.program.funder));
                return true;
            }
        }
        Rcv receivable = any(receivables, r -> r.onLine && r.isOpen());
        if (receivable == null) {
            return false;
        }
        receivable.onLine = !send(new ReleaseReceivable(receivable.id, line(receivable.program, receivable.holder), today,
                receivable.program.funder));
        return true;
    }

    private static Encumbrance line(Prog program, PartyId member) {
        return Encumbrance.creditLine(LineReference.of(program.id, member), program.funder);
    }

    // ------------------------------------------------------------------ receivables

    /** The supplier registers what the core enterprise owes on an order's invoices; mostly confirmed at once. */
    private boolean registerReceivable() {
        Order order = any(orders, o -> !o.invoices.isEmpty());
        if (order == null) {
            return false;
        }
        Money face = Money.sum(CNY, order.invoicedAmounts);
        Rcv receivable = new Rcv(ReceivableId.of("AR-" + next()), null, order.program, order.supplier, face,
                today.plusDays(between(20, 170)));
        boolean registered = send(new RegisterReceivable(receivable.id, order.supplier, order.program.core, face,
                receivable.maturity, List.copyOf(order.invoices), order.id, order.program.id, today, order.supplier));
        order.invoices.clear();
        order.invoicedAmounts.clear();
        if (registered) {
            receivables.add(receivable);
            if (random.nextDouble() < 0.9) {
                receivable.confirmed = send(new ConfirmReceivable(receivable.id, today, order.program.core));
            }
        }
        return true;
    }

    private boolean confirmReceivable() {
        Rcv receivable = any(receivables, r -> !r.confirmed && !r.settled && !r.disputed);
        if (receivable == null) {
            return false;
        }
        receivable.confirmed = send(new ConfirmReceivable(receivable.id, today, receivable.program.core));
        return true;
    }

    private boolean pledgeReceivable() {
        Rcv receivable = any(receivables, r -> movable(r) && r.program.members().contains(r.holder) && inForce(r.program));
        if (receivable == null) {
            return false;
        }
        receivable.onLine = send(PledgeAssetToLine.receivable(receivable.program.id, receivable.holder, receivable.id, today,
                receivable.holder));
        return true;
    }

    /** Down the chain: the holder splits the whole balance into two or three parts for others and itself. */
    private boolean splitReceivable() {
        Rcv receivable = any(receivables, r -> movable(r) && r.id.depth() < 3 && r.balance.isGreaterThan(cny(3_000)));
        if (receivable == null) {
            return false;
        }
        int count = between(2, 3);
        List<SplitPart> parts = new ArrayList<>();
        Money left = receivable.balance;
        for (int n = 1; n < count; n++) {
            Money amount = fraction(left, 20, 60);
            parts.add(new SplitPart(amount, n == 1 ? receivable.holder : anotherHolder(receivable)));
            left = left.minus(amount);
        }
        parts.add(new SplitPart(left, anotherHolder(receivable)));
        if (!send(new SplitReceivable(receivable.id, parts, today, receivable.holder))) {
            return true;
        }
        receivable.split = true;
        for (int n = 1; n <= parts.size(); n++) {
            Rcv part = new Rcv(receivable.id.part(n), receivable, receivable.program, parts.get(n - 1).holder(),
                    parts.get(n - 1).amount(), receivable.maturity);
            part.confirmed = true;
            receivables.add(part);
        }
        return true;
    }

    private boolean transferReceivable() {
        Rcv receivable = any(receivables, this::movable);
        if (receivable == null) {
            return false;
        }
        PartyId newHolder = anotherHolder(receivable);
        if (send(new TransferReceivable(receivable.id, newHolder, today, receivable.holder))) {
            receivable.holder = newHolder;
        }
        return true;
    }

    /** Confirmed, undisputed, unsplit, unsettled, backing nothing, not yet due: it may be pledged, split, moved, financed. */
    private boolean movable(Rcv receivable) {
        return receivable.isMovable() && today.isBefore(receivable.maturity);
    }

    private PartyId anotherHolder(Rcv receivable) {
        List<PartyId> candidates = new ArrayList<>(receivable.program.suppliers);
        candidates.addAll(TIER2);
        candidates.remove(receivable.holder);
        return any(candidates);
    }

    /** 众链贷: the holder, a member of the program, assigns the receivable for up to 80 % of its balance. */
    private boolean financeReceivable() {
        Rcv receivable = any(receivables, r -> movable(r) && r.program.members().contains(r.holder) && inForce(r.program));
        if (receivable == null) {
            return false;
        }
        FinancingId id = FinancingId.of("RF-" + next());
        Money amount = fraction(receivable.balance, 40, random.nextDouble() < 0.9 ? 80 : 95);
        ReceivableInterestMode mode = random.nextBoolean() ? ReceivableInterestMode.DISCOUNT
                : ReceivableInterestMode.AT_MATURITY;
        DrawdownRequestOutcome outcome = ask(new RequestReceivableFinancing(id, receivable.program.id, receivable.id, amount,
                mode, today, receivable.holder));
        if (requested(outcome)) {
            Fin financing = new Fin(id, receivable.program, receivable.holder, receivable);
            financings.add(financing);
            receivable.financing = financing;
        }
        return true;
    }

    private boolean disputeOrResolve() {
        Rcv receivable = any(receivables, r -> r.isOpen() && !r.split);
        if (receivable == null) {
            return false;
        }
        if (receivable.disputed) {
            receivable.disputed = !send(new ResolveDispute(receivable.id, "delivery completed", today,
                    random.nextBoolean() ? receivable.program.core : OPERATOR));
        } else {
            receivable.disputed = send(new DisputeReceivable(receivable.id, "short delivery", today,
                    receivable.program.core));
        }
        return true;
    }

    /** The core enterprise pays a registered receivable's face at or after maturity, to every part's holder or funder. */
    private boolean settleReceivable() {
        Rcv original = any(receivables, r -> r.parent == null && r.confirmed && !r.settled && !today.isBefore(r.maturity));
        if (original == null) {
            return false;
        }
        for (Rcv part : tree(original)) {
            if (part.disputed) {
                part.disputed = !send(new ResolveDispute(part.id, "settled with the supplier", today, OPERATOR));
            }
        }
        if (send(new SettleReceivable(original.id, original.face, today, original.program.core))) {
            tree(original).forEach(r -> r.settled = true);
        } else {
            original.settled = true; // not again
        }
        return true;
    }

    private boolean recordReceivableDue() {
        Rcv receivable = any(receivables, r -> !r.settled && !r.fellDue && !today.isBefore(r.maturity));
        if (receivable == null) {
            return false;
        }
        send(new RecordReceivableDue(receivable.id, today, OPERATOR));
        receivable.fellDue = true;
        return true;
    }

    private List<Rcv> tree(Rcv original) {
        return receivables.stream().filter(r -> r == original || r.descendsFrom(original)).toList();
    }

    /** Whether a financing request was accepted and requested, rather than refused (recorded or thrown). */
    private boolean requested(@Nullable DrawdownRequestOutcome outcome) {
        if (outcome != null && outcome.isRefused()) {
            recordedRefusals.merge(outcome.refusalCode(), 1, Integer::sum);
        }
        return outcome != null && !outcome.isRefused();
    }

    // ------------------------------------------------------------------ financings' own events

    /** A financing's stage, schedule in force and repayments since, from its own events in the journal. */
    private Facts facts(Fin financing) {
        Facts facts = new Facts();
        events.readEvents(financing.id.toString()).asStream().map(Message::getPayload).forEach(event -> {
            if (event instanceof FinancingRequested e) {
                facts.penalty = new PenaltyPolicy(e.pricing().penaltyMultiplier());
            } else if (event instanceof FinancingApproved) {
                facts.stage = Stage.APPROVED;
            } else if (event instanceof FinancingDeclined) {
                facts.stage = Stage.ENDED;
            } else if (event instanceof FinancingDisbursed e) {
                facts.stage = Stage.DISBURSED;
                facts.schedule = e.schedule();
                facts.repaymentsSinceSchedule.clear();
            } else if (event instanceof FinancingRepaid e) {
                if (e.rescheduled() != null) {
                    facts.schedule = e.rescheduled();
                    facts.repaymentsSinceSchedule.clear();
                } else {
                    facts.repaymentsSinceSchedule.add(new Repayment(e.businessDate(), e.amount()));
                }
            } else if (event instanceof FinancingRepaidInFull) {
                facts.stage = Stage.ENDED;
            } else if (event instanceof FinancingWrittenOff) {
                facts.writtenOff = true;
            }
        });
        return facts;
    }

    private @Nullable Fin anyFinancing(Stage stage) {
        Fin financing = any(financings, f -> f.stage == stage);
        if (financing != null) {
            financing.stage = facts(financing).stage; // a settlement or a repayment may have ended it meanwhile
            if (financing.stage != stage) {
                afterCommand(financing, true);
                return null;
            }
        }
        return financing;
    }

    /** After a command on {@code financing}: its stage from the journal; given up after a few refusals in a row. */
    private void afterCommand(Fin financing, boolean accepted) {
        financing.refusalsInARow = accepted ? 0 : financing.refusalsInARow + 1;
        financing.stage = facts(financing).stage;
        if (financing.stage == Stage.ENDED || financing.refusalsInARow >= 3) {
            financings.remove(financing);
            if (financing.receivable != null && financing.receivable.financing == financing) {
                financing.receivable.financing = null; // declined or repaid: the receivable is free again
            }
        }
    }

    // ------------------------------------------------------------------ sending

    /** Sends {@code command}; a refusal by the ledger's rules is counted and answered with false. */
    private boolean send(Object command) {
        return attempt(command) != REFUSED;
    }

    /** Sends a command that answers; null when refused. */
    @SuppressWarnings("unchecked")
    private <R> @Nullable R ask(Object command) {
        Object result = attempt(command);
        return result == REFUSED ? null : (R) result;
    }

    private static final Object REFUSED = new Object();

    private @Nullable Object attempt(Object command) {
        try {
            Object result = gateway.sendAndWait(command);
            accepted++;
            return result;
        } catch (RuleViolation violation) {
            refused++;
            refusals.merge(violation.code(), 1, Integer::sum);
            return REFUSED;
        }
    }

    // ------------------------------------------------------------------ randomness

    private void action(String name, int weight, BooleanSupplier run) {
        actions.add(new Action(name, weight, run));
    }

    private Action pickAction() {
        int total = actions.stream().mapToInt(Action::weight).sum();
        int pick = random.nextInt(total);
        for (Action action : actions) {
            pick -= action.weight();
            if (pick < 0) {
                return action;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> @Nullable T any(List<T> items, Predicate<T> which) {
        List<T> candidates = items.stream().filter(which).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** Between {@code fromPercent} and {@code toPercent} of {@code amount}, booked. */
    private Money fraction(Money amount, int fromPercent, int toPercent) {
        return amount.times(new BigDecimal(between(fromPercent, toPercent)).movePointLeft(2)).rounded();
    }

    private int next() {
        return ++nextId;
    }

    private static Money cents(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), CNY);
    }

    private static Money cny(long yuan) {
        return Money.of(BigDecimal.valueOf(yuan).setScale(2), CNY);
    }

    // ------------------------------------------------------------------ the generator's bookkeeping

    private record Action(String name, int weight, BooleanSupplier run) {
    }

    private enum Stage { REQUESTED, APPROVED, DISBURSED, ENDED }

    private static final class Prog {
        final ProgramId id;
        final PartyId core;
        final PartyId funder;
        final LocalDate validTo;
        final List<PartyId> suppliers = new ArrayList<>();
        final List<PartyId> distributors = new ArrayList<>();
        final List<PartyId> suspended = new ArrayList<>();
        boolean expired;

        Prog(ProgramId id, PartyId core, PartyId funder, LocalDate validTo) {
            this.id = id;
            this.core = core;
            this.funder = funder;
            this.validTo = validTo;
        }

        List<PartyId> members() {
            List<PartyId> members = new ArrayList<>(suppliers);
            members.addAll(distributors);
            return members;
        }
    }

    private static final class Col {
        final CollateralId id;
        final Prog program;
        final @Nullable LocalDate expiresOn;
        Money value;

        Col(CollateralId id, Prog program, Money value, @Nullable LocalDate expiresOn) {
            this.id = id;
            this.program = program;
            this.value = value;
            this.expiresOn = expiresOn;
        }
    }

    private static final class Fin {
        final FinancingId id;
        final Prog program;
        final PartyId member;
        final @Nullable Rcv receivable;
        Stage stage = Stage.REQUESTED;
        int refusalsInARow;

        Fin(FinancingId id, Prog program, PartyId member, @Nullable Rcv receivable) {
            this.id = id;
            this.program = program;
            this.member = member;
            this.receivable = receivable;
        }
    }

    private static final class Facts {
        Stage stage = Stage.REQUESTED;
        @Nullable Schedule schedule;
        final List<Repayment> repaymentsSinceSchedule = new ArrayList<>();
        PenaltyPolicy penalty = PenaltyPolicy.DEFAULT;
        boolean writtenOff;
    }

    private static final class Order {
        final OrderId id;
        final Prog program;
        final PartyId supplier;
        final Money amount;
        Money invoiced = Money.zero(CNY);
        /** Invoices on the order not yet behind a receivable, and their amounts. */
        final List<InvoiceId> invoices = new ArrayList<>();
        final List<Money> invoicedAmounts = new ArrayList<>();
        boolean onLine;

        Order(OrderId id, Prog program, PartyId supplier, Money amount) {
            this.id = id;
            this.program = program;
            this.supplier = supplier;
            this.amount = amount;
        }
    }

    private record LineInvoice(InvoiceId id, Prog program, PartyId supplier) {
    }

    private static final class Rcv {
        final ReceivableId id;
        final @Nullable Rcv parent;
        final Prog program;
        final Money face;
        final LocalDate maturity;
        PartyId holder;
        Money balance;
        boolean confirmed;
        boolean disputed;
        boolean onLine;
        @Nullable Fin financing;
        boolean split;
        boolean settled;
        boolean fellDue;

        Rcv(ReceivableId id, @Nullable Rcv parent, Prog program, PartyId holder, Money face, LocalDate maturity) {
            this.id = id;
            this.parent = parent;
            this.program = program;
            this.holder = holder;
            this.face = face;
            this.balance = face;
            this.maturity = maturity;
        }

        boolean isOpen() {
            return !settled && !fellDue;
        }

        boolean isMovable() {
            return confirmed && isOpen() && !disputed && !split && !onLine && financing == null;
        }

        boolean descendsFrom(Rcv ancestor) {
            return parent != null && (parent == ancestor || parent.descendsFrom(ancestor));
        }
    }
}
