package org.scfledger.commands.financing;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.receivable.Receivable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.financing.DrawdownRequestOutcome;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.RequestReceivableFinancing;
import org.scfledger.core.money.Money;
import org.scfledger.core.program.ProgramEvent.ProgramCreated;
import org.scfledger.core.program.ReserveDrawdown;
import org.scfledger.core.receivable.EncumberReceivable;
import org.scfledger.core.rules.RuleViolation;

/**
 * A receivable financing request (众链贷, ADR 0003, point 2): in one unit of work the receivable is encumbered for the
 * financing ({@code ReceivableEncumbered}, "no double financing"), the program reserves the principal
 * ({@code DrawdownReserved}) and the financing is created ({@code FinancingRequested} of kind RECEIVABLE, then
 * {@code ReceivableFinancingTerms}).
 *
 * <p>The receivable is asked first, without changing it ({@link Receivable#financeable}): its refusals
 * ({@code receivable-already-encumbered}, {@code -not-confirmed}, {@code -disputed}, {@code -due}, {@code -settled},
 * {@code -split}, {@code not-permitted} for anyone but its holder), {@code receivable-not-found},
 * {@code receivable-program-mismatch} and {@code currency-mismatch} are thrown and nothing is written. Then the
 * advance ({@code advance-exceeded}: more than balance × the program's rate for receivables;
 * {@code asset-type-not-eligible}: the program takes no receivables), the tenor ({@code tenor-exceeds-maximum}: to the
 * receivable's maturity) and the program's own rules ({@code limit-exceeded}, {@code member-suspended}…) are recorded
 * as {@code FinancingRequestRefused} and returned, the receivable untouched. Thrown like a line drawdown:
 * {@code program-not-found}, {@code financing-already-requested}, {@code member-not-admitted}, and
 * {@code currency-mismatch} from the program (an amount in another currency than the program's).
 */
public final class ReceivableFinancingRequests {

    /**
     * Refusals that are thrown rather than recorded: the requester has no standing in the program, or the request is
     * malformed (an amount in another currency than the program's).
     */
    private static final List<String> NOT_RECORDED = List.of("not-permitted", "member-not-admitted", "currency-mismatch");

    private final Repository<Financing> financings;
    private final Repository<Receivable> receivables;
    private final Programs programs;
    private final ProgramTerms terms;
    private final EventStore journal;

    public ReceivableFinancingRequests(Repository<Financing> financings, Repository<Program> programs,
            Repository<Receivable> receivables, EventStore journal) {
        this.financings = financings;
        this.receivables = receivables;
        this.programs = new Programs(programs);
        this.terms = new ProgramTerms(journal);
        this.journal = journal;
    }

    @CommandHandler
    public DrawdownRequestOutcome request(RequestReceivableFinancing command) throws Exception {
        refuseIfRequestedBefore(command.financingId());
        ProgramCreated program = terms.of(command.programId());
        EncumberReceivable encumber = new EncumberReceivable(command.receivableId(),
                Encumbrance.financing(command.financingId().value(), program.funder()), command.businessDate(),
                command.actingParty());
        Receivable.Financeable receivable = Receivables.load(receivables, command.receivableId())
                .invoke(r -> r.financeable(encumber));
        if (!receivable.programId().equals(command.programId())) {
            throw new RuleViolation("receivable-program-mismatch", "receivable " + command.receivableId()
                    + " belongs to program " + receivable.programId() + ", not " + command.programId());
        }
        if (!receivable.balance().currency().equals(command.amount().currency())) {
            throw new RuleViolation("currency-mismatch", "receivable " + command.receivableId() + " is in "
                    + receivable.balance().currency().getCurrencyCode() + ", the request in "
                    + command.amount().currency().getCurrencyCode());
        }
        AdvanceRate rate = program.advanceRates().rateFor(AssetType.RECEIVABLE).orElse(null);
        Money maximum = rate == null ? Money.zero(receivable.balance().currency())
                : receivable.balance().times(rate.fraction()).rounded();
        RuleViolation refusal = advanceRefusal(command, receivable, rate, maximum);
        if (refusal == null) {
            refusal = tenorRefusal(command, receivable, program);
        }
        if (refusal == null) {
            refusal = reserve(command);
        }
        if (refusal == null) {
            Receivables.send(receivables, command.receivableId(), encumber);
        }
        RuleViolation recorded = refusal;
        financings.newInstance(() -> new Financing(command, program.funder(), program.pricing(), receivable, rate, maximum,
                recorded));
        return recorded == null ? DrawdownRequestOutcome.requested(command.financingId())
                : DrawdownRequestOutcome.refused(command.financingId(), recorded.code(),
                        List.of(String.valueOf(recorded.getMessage())));
    }

    private static @Nullable RuleViolation advanceRefusal(RequestReceivableFinancing command,
            Receivable.Financeable receivable, @Nullable AdvanceRate rate, Money maximum) {
        if (rate == null) {
            return new RuleViolation("asset-type-not-eligible", "program " + command.programId()
                    + " does not finance receivables (no advance rate for RECEIVABLE)");
        }
        if (command.amount().isGreaterThan(maximum)) {
            return new RuleViolation("advance-exceeded", command.amount() + " exceeds the maximum advance of " + maximum
                    + " on receivable " + receivable.receivableId() + " (balance " + receivable.balance() + " × " + rate + ")");
        }
        return null;
    }

    /** The program's maximum tenor, from the request's business date to the receivable's maturity. */
    private static @Nullable RuleViolation tenorRefusal(RequestReceivableFinancing command,
            Receivable.Financeable receivable, ProgramCreated program) {
        long days = ChronoUnit.DAYS.between(command.businessDate(), receivable.maturityDate());
        if (days > program.maxTenorDays()) {
            return new RuleViolation("tenor-exceeds-maximum", "A tenor of " + days + " days (to the receivable's maturity "
                    + receivable.maturityDate() + ") exceeds program " + program.programId() + "'s maximum of "
                    + program.maxTenorDays() + " days");
        }
        return null;
    }

    private @Nullable RuleViolation reserve(RequestReceivableFinancing command) {
        try {
            programs.send(command.programId(), new ReserveDrawdown(command.programId(), command.financingId(),
                    command.actingParty(), command.amount(), command.businessDate(), command.actingParty()));
            return null;
        } catch (RuleViolation violation) {
            if (NOT_RECORDED.contains(violation.code())) {
                throw violation;
            }
            return violation;
        }
    }

    /** A financing id names one financing, ever: a second request under it is refused, whatever became of the first. */
    private void refuseIfRequestedBefore(FinancingId financingId) {
        if (journal.lastSequenceNumberFor(financingId.toString()).isPresent()) {
            throw new RuleViolation("financing-already-requested", "financing " + financingId
                    + " was requested before: a financing id is used once");
        }
    }
}
