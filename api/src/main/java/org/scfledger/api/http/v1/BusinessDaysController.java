package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.scfledger.api.calendar.BusinessCalendar;
import org.scfledger.api.http.command.CommandRequest;
import org.scfledger.projections.query.BusinessDayAgenda;
import org.scfledger.projections.query.ReadModelQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Links.BASE + "/business-days")
@Tag(name = "Business days", description = "The end of a business day: collateral and programs expire, receivables fall due,"
        + " overdue financings are marked. Runs by itself after midnight; the operator may run it for a chosen day.")
class BusinessDaysController {

    private final BusinessCalendar calendar;
    private final ReadModelQueries queries;

    BusinessDaysController(BusinessCalendar calendar, ReadModelQueries queries) {
        this.calendar = calendar;
        this.queries = queries;
    }

    @GetMapping("/{day}/agenda")
    @Operation(summary = "What closing the day would process (operator, auditors)")
    BusinessDayAgenda agenda(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return queries.agenda(day);
    }

    @PostMapping("/{day}/close")
    @Operation(summary = "Close a business day now (operator)",
            description = "Idempotent by nature: closing a day again changes nothing that the first run changed.")
    ResponseEntity<?> close(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @Parameter(hidden = true) CommandRequest request) {
        return request.run(() -> ResponseEntity.ok(calendar.close(day)));
    }
}
