package org.scfledger.commands.financing;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.program.Program;
import org.scfledger.core.financing.DrawdownRequestOutcome;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.program.ProgramEvent.ProgramCreated;
import org.scfledger.core.program.ReserveDrawdown;
import org.scfledger.core.rules.NotPermitted;
import org.scfledger.core.rules.RuleViolation;

/**
 * A member's drawdown request (ADR 0003, point 2): in one unit of work the program reserves the principal
 * ({@code DrawdownReserved}) and the financing is created ({@code FinancingRequested}). When the program's rules
 * refuse, the refusal is recorded instead ({@code FinancingRequestRefused} with the rule's code and message) and
 * returned, not thrown. Thrown, with nothing written: malformed commands, {@code not-permitted} (not the member
 * itself), {@code member-not-admitted} (a party outside the program writes nothing into its history),
 * {@code currency-mismatch} (an amount in another currency than the program's is malformed, not refused),
 * {@code program-not-found} and {@code financing-already-requested}.
 */
public final class DrawdownRequests {

    /**
     * Refusals that are thrown rather than recorded: the requester has no standing in the program, or the request is
     * malformed (an amount in another currency than the program's).
     */
    private static final List<String> NOT_RECORDED = List.of("not-permitted", "member-not-admitted", "currency-mismatch");

    private final Repository<Financing> financings;
    private final Programs programs;
    private final ProgramTerms terms;
    private final EventStore journal;

    /** {@code journal}: the event store, asked whether a financing's stream exists and for the program's terms. */
    public DrawdownRequests(Repository<Financing> financings, Repository<Program> programs, EventStore journal) {
        this.financings = financings;
        this.programs = new Programs(programs);
        this.terms = new ProgramTerms(journal);
        this.journal = journal;
    }

    @CommandHandler
    public DrawdownRequestOutcome request(RequestDrawdown command) throws Exception {
        NotPermitted.unless(command.actingParty().equals(command.member()), command.actingParty(),
                "only the member itself may ask for its own financing");
        refuseIfRequestedBefore(command.financingId());
        ProgramCreated program = terms.of(command.programId());
        RuleViolation refusal = tenorRefusal(command, program);
        if (refusal == null) {
            refusal = reserve(command);
        }
        RuleViolation recorded = refusal;
        financings.newInstance(() -> new Financing(command, program.funder(), program.pricing(), recorded));
        return recorded == null ? DrawdownRequestOutcome.requested(command.financingId())
                : DrawdownRequestOutcome.refused(command.financingId(), recorded.code(),
                        List.of(String.valueOf(recorded.getMessage())));
    }

    private @Nullable RuleViolation reserve(RequestDrawdown command) {
        try {
            programs.send(command.programId(), new ReserveDrawdown(command.programId(), command.financingId(),
                    command.member(), command.amount(), command.businessDate(), command.actingParty()));
            return null;
        } catch (RuleViolation violation) {
            if (NOT_RECORDED.contains(violation.code())) {
                throw violation;
            }
            return violation;
        }
    }

    /** The program's maximum tenor, counted from the request's business date to the last due date. */
    private static @Nullable RuleViolation tenorRefusal(RequestDrawdown command, ProgramCreated program) {
        var maturity = command.tenor().maturityFrom(command.businessDate());
        long days = ChronoUnit.DAYS.between(command.businessDate(), maturity);
        if (days > program.maxTenorDays()) {
            return new RuleViolation("tenor-exceeds-maximum", "A tenor of " + days + " days (to " + maturity
                    + ") exceeds program " + program.programId() + "'s maximum of " + program.maxTenorDays() + " days");
        }
        return null;
    }

    /** A financing id names one financing, ever: a second request under it is refused, whatever became of the first. */
    private void refuseIfRequestedBefore(FinancingId financingId) {
        if (journal.lastSequenceNumberFor(financingId.toString()).isPresent()) {
            throw new RuleViolation("financing-already-requested", "financing " + financingId
                    + " was requested before: a financing id is used once");
        }
    }
}
