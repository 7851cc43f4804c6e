package org.scfledger.api.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.scfledger.api.readside.ReadSideStatus;
import org.scfledger.core.collateral.ExpireCollateral;
import org.scfledger.core.financing.MarkOverdue;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ExpireProgram;
import org.scfledger.core.receivable.RecordReceivableDue;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.projections.query.BusinessDayAgenda;
import org.scfledger.projections.query.ReadModelQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends business days: collateral past its expiry date expires, receivables that matured unpaid fall due (and leave
 * their lines), programs past their validity expire, and each open financing with something past due gets its
 * collection status recorded. The items come from the read models; each decision is the write side's, sent as the
 * operator. Runs every day after midnight in the ledger's business time zone, for the day that ended.
 */
@Component
public class BusinessCalendar {

    private static final Logger log = LoggerFactory.getLogger(BusinessCalendar.class);

    private final ReadModelQueries queries;
    private final ReadSideStatus readSide;
    private final CommandGateway commands;
    private final Clock clock;
    private final ZoneId zone;

    BusinessCalendar(ReadModelQueries queries, ReadSideStatus readSide, CommandGateway commands, Clock clock,
            @Value("${ledger.business-calendar.zone:Asia/Shanghai}") ZoneId zone) {
        this.queries = queries;
        this.readSide = readSide;
        this.commands = commands;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(cron = "${ledger.business-calendar.cron:0 5 0 * * *}", zone = "${ledger.business-calendar.zone:Asia/Shanghai}")
    void endOfYesterday() {
        close(LocalDate.now(clock.withZone(zone)).minusDays(1));
    }

    /** Ends business day {@code day}; running it again for the same day changes nothing more. */
    /** The time zone business days end in. */
    public ZoneId zone() {
        return zone;
    }

    public BusinessDayRun close(LocalDate day) {
        readSide.awaitCaughtUp();
        BusinessDayAgenda agenda = queries.agenda(day);
        List<String> refusals = new ArrayList<>();
        int collateral = send(agenda.expiringCollateral(), id -> new ExpireCollateral(id, day, PartyId.OPERATOR), refusals);
        int receivables = send(agenda.maturedUnpaid(), id -> new RecordReceivableDue(id, day, PartyId.OPERATOR), refusals);
        int programs = send(agenda.endedPrograms(), id -> new ExpireProgram(id, day, PartyId.OPERATOR), refusals);
        int financings = send(agenda.pastDue(), id -> new MarkOverdue(id, day, PartyId.OPERATOR), refusals);
        BusinessDayRun run = new BusinessDayRun(day, collateral, receivables, programs, financings, refusals);
        log.info("Business day {} ended: {} collateral expired, {} receivables fell due, {} programs expired,"
                + " {} financings checked for overdue, {} refused", day, collateral, receivables, programs, financings,
                refusals.size());
        return run;
    }

    private <I> int send(List<I> items, Function<I, Object> command, List<String> refusals) {
        int done = 0;
        for (I item : items) {
            try {
                commands.sendAndWait(command.apply(item));
                done++;
            } catch (RuleViolation refused) {
                refusals.add(item + ": " + refused.getMessage());
            }
        }
        return done;
    }
}
