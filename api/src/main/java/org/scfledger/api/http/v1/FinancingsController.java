package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.calendar.BusinessCalendar;
import org.scfledger.api.http.command.CommandRequest;
import org.scfledger.api.http.problem.Problems;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.api.security.Caller;
import org.scfledger.core.financing.DecideFinancing;
import org.scfledger.core.financing.DisburseFinancing;
import org.scfledger.core.financing.DrawdownRequestOutcome;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.RepayFinancing;
import org.scfledger.core.financing.RequestDrawdown;
import org.scfledger.core.financing.RequestReceivableFinancing;
import org.scfledger.core.financing.WriteOffFinancing;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.asof.AsOfReplay;
import org.scfledger.projections.financing.FinancingStatus;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.query.FinancingFilter;
import org.scfledger.projections.query.FinancingTotals;
import org.scfledger.projections.query.Page;
import org.scfledger.projections.query.ReadModelQueries;
import org.scfledger.projections.query.TotalsBy;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Links.BASE + "/financings")
@Tag(name = "Financings", description = "Drawdowns on a member's line (众微贷) and receivable financings (众链贷): requested by"
        + " the member, decided and disbursed by the funder, repaid any day by any amount. Dates without asOf are today in"
        + " the business time zone.")
class FinancingsController {

    private final ReadModelQueries queries;
    private final AsOfReplay asOf;
    private final Visibility visibility;
    private final Clock clock;
    private final ZoneId businessZone;

    FinancingsController(ReadModelQueries queries, AsOfReplay asOf, Visibility visibility, Clock clock, BusinessCalendar calendar) {
        this.queries = queries;
        this.asOf = asOf;
        this.visibility = visibility;
        this.clock = clock;
        this.businessZone = calendar.zone();
    }

    @PostMapping("/drawdowns")
    @Operation(summary = "Request a drawdown on your line (the member)",
            description = "201 when requested (principal reserved, awaiting the funder). A refusal by the program's rules (limit,"
                    + " shortfall, suspension, validity, tenor) is recorded as evidence and answered 409 'financing-refused' with"
                    + " its reasons and the refused financing's Location.")
    @Accepts(value = RequestDrawdown.class, example = """
            {"financingId": "F-2026-0001", "programId": "P-2026-AUTO", "member": "supplier-1",
             "amount": {"amount": "300000.00", "currency": "CNY"}, "method": "EQUAL_INSTALLMENT",
             "tenor": {"periods": 6, "monthsPerPeriod": 1}, "businessDate": "2026-03-16"}""")
    ResponseEntity<?> drawdown(@Parameter(hidden = true) CommandRequest request) {
        return request.send(RequestDrawdown.class, Map.of(), (command, result) -> requested((DrawdownRequestOutcome) result));
    }

    @PostMapping("/receivable-financings")
    @Operation(summary = "Finance a confirmed receivable you hold (the holder, a member)",
            description = "At most the outstanding face × the program's advance rate, maturing with the receivable. A refusal by the"
                    + " receivable (already financed, not confirmed, disputed) writes nothing and is answered 409.")
    @Accepts(value = RequestReceivableFinancing.class, example = """
            {"financingId": "F-2026-0002", "programId": "P-2026-AUTO", "receivableId": "RCV:AR-2026-0042",
             "amount": {"amount": "900000.00", "currency": "CNY"}, "interestMode": "DISCOUNT", "businessDate": "2026-03-16"}""")
    ResponseEntity<?> receivableFinancing(@Parameter(hidden = true) CommandRequest request) {
        return request.send(RequestReceivableFinancing.class, Map.of(), (command, result) -> requested((DrawdownRequestOutcome) result));
    }

    @GetMapping
    @Operation(summary = "Financings: yours as borrower, your program's as funder or core enterprise (everything for auditors)")
    Page<FinancingView> financings(@RequestParam(required = false) @Nullable ProgramId programId,
            @RequestParam(required = false) @Nullable PartyId member, @RequestParam(required = false) @Nullable PartyId funder,
            @RequestParam(required = false) @Nullable FinancingStatus status, @RequestParam(required = false) @Nullable FinancingKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate maturityFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate maturityTo,
            @RequestParam(required = false) @Nullable AgeingBucket bucket,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = Pages.DEFAULT_LIMIT) int limit,
            @AuthenticationPrincipal Caller caller) {
        var filter = scoped(caller, new FinancingFilter(programId, member, funder, status, kind, maturityFrom, maturityTo, bucket));
        return queries.financings(filter, day(asOf), Pages.of(after, limit));
    }

    @GetMapping("/totals")
    @Operation(summary = "Totals by program, member or funder, with ageing buckets (a funder's portfolio)")
    List<FinancingTotals> totals(@RequestParam TotalsBy by, @RequestParam(required = false) @Nullable ProgramId programId,
            @RequestParam(required = false) @Nullable PartyId member, @RequestParam(required = false) @Nullable PartyId funder,
            @RequestParam(required = false) @Nullable FinancingStatus status, @RequestParam(required = false) @Nullable FinancingKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @AuthenticationPrincipal Caller caller) {
        var filter = scoped(caller, new FinancingFilter(programId, member, funder, status, kind, null, null, null));
        return queries.financingTotals(filter, by, day(asOf)).stream().map(totals -> withPlainGroup(by, totals)).toList();
    }

    /** The read model groups by journal identifiers ("program:P-1", "party:bank-1"); the API names ids as everywhere else. */
    private static FinancingTotals withPlainGroup(TotalsBy by, FinancingTotals totals) {
        String prefix = by == TotalsBy.PROGRAM ? "program:" : "party:";
        if (!totals.group().startsWith(prefix)) {
            return totals;
        }
        return new FinancingTotals(totals.group().substring(prefix.length()), totals.asOf(), totals.financings(), totals.open(),
                totals.disbursedPrincipal(), totals.outstandingPrincipal(), totals.byBucket());
    }

    @GetMapping("/{financingId}")
    @Operation(summary = "A financing: decision, schedule in force, repayments, and its position on a date",
            description = "asOf is the valuation date (due, overdue, penalty, payoff); checkpoint, position or at replay the"
                    + " journal as it stood then.")
    FinancingView financing(@PathVariable FinancingId financingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(required = false) @Nullable Long checkpoint, @RequestParam(required = false) @Nullable Long position,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant at,
            @AuthenticationPrincipal Caller caller) {
        LocalDate valuation = day(asOf);
        var view = AsOfParameters.of(checkpoint, position, at)
                .map(point -> this.asOf.financing(financingId, point, valuation))
                .orElseGet(() -> queries.financing(financingId, valuation))
                .orElseThrow(() -> ApiProblem.notFound("there is no financing " + financingId.value()));
        visibility.financing(caller, view);
        return view;
    }

    @PostMapping("/{financingId}/decision")
    @Operation(summary = "Approve or decline a requested financing (the funder)")
    @Accepts(value = DecideFinancing.class, fromPath = "financingId", example = """
            {"decision": "APPROVE", "reasons": ["within line; core enterprise confirmed"], "businessDate": "2026-03-16"}""")
    ResponseEntity<?> decide(@PathVariable FinancingId financingId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(DecideFinancing.class, Map.of("financingId", financingId), (command, result) -> done(financingId));
    }

    @PostMapping("/{financingId}/disbursement")
    @Operation(summary = "Pay an approved financing out; its schedule is fixed from this date (the funder)")
    @Accepts(value = DisburseFinancing.class, fromPath = "financingId", example = """
            {"businessDate": "2026-03-16"}""")
    ResponseEntity<?> disburse(@PathVariable FinancingId financingId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(DisburseFinancing.class, Map.of("financingId", financingId), (command, result) -> done(financingId));
    }

    @PostMapping("/{financingId}/repayments")
    @Operation(summary = "Repay any amount, any day (the member, or the funder recording money received)",
            description = "Allocated penalty → interest → principal to what is due; beyond that it repays principal early,"
                    + " shortening the term or lowering the installment as earlyRepayment says.")
    @Accepts(value = RepayFinancing.class, fromPath = "financingId", example = """
            {"amount": {"amount": "51800.00", "currency": "CNY"}, "earlyRepayment": "SHORTEN_TERM", "businessDate": "2026-04-16"}""")
    ResponseEntity<?> repay(@PathVariable FinancingId financingId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(RepayFinancing.class, Map.of("financingId", financingId), (command, result) -> done(financingId));
    }

    @PostMapping("/{financingId}/write-off")
    @Operation(summary = "Write a financing off (the funder)")
    @Accepts(value = WriteOffFinancing.class, fromPath = "financingId", example = """
            {"reason": "borrower insolvent; claim lodged", "businessDate": "2026-12-01"}""")
    ResponseEntity<?> writeOff(@PathVariable FinancingId financingId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(WriteOffFinancing.class, Map.of("financingId", financingId), (command, result) -> done(financingId));
    }

    /** A party lists its own financings, those of programs it runs, or those it funds. */
    private FinancingFilter scoped(Caller caller, FinancingFilter filter) {
        if (caller.readsEverything()) {
            return filter;
        }
        if (filter.programId() != null && visibility.runsProgram(caller, filter.programId())) {
            return filter;
        }
        if (filter.funder() != null) {
            Visibility.ownOrEverything(caller, filter.funder(), "funder");
            return filter;
        }
        if (filter.member() != null) {
            Visibility.ownOrEverything(caller, filter.member(), "member");
            return filter;
        }
        return new FinancingFilter(filter.programId(), caller.party(), null, filter.status(), filter.kind(), filter.maturityFrom(),
                filter.maturityTo(), filter.bucket());
    }

    private LocalDate day(@Nullable LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock.withZone(businessZone));
    }

    private static ResponseEntity<?> requested(DrawdownRequestOutcome outcome) {
        String id = outcome.financingId().value();
        String href = Links.to("financings", id);
        if (!outcome.isRefused()) {
            return Recorded.created(id, href);
        }
        var reasons = outcome.reasons().stream().map(Problems::plainIds).toList();
        var problem = Problems.of(HttpStatus.CONFLICT, "financing-refused", String.join("; ", reasons), null);
        problem.setProperty("financingId", id);
        problem.setProperty("refusalCode", outcome.refusalCode());
        problem.setProperty("reasons", reasons);
        problem.setProperty("recorded", true);
        return ResponseEntity.status(HttpStatus.CONFLICT).location(URI.create(href)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<Recorded> done(FinancingId financingId) {
        return Recorded.done(financingId.value(), Links.to("financings", financingId.value()));
    }
}
