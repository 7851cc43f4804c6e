package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.http.command.CommandRequest;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.api.security.Caller;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.DisputeReceivable;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.receivable.ReleaseReceivable;
import org.scfledger.core.receivable.ResolveDispute;
import org.scfledger.core.receivable.SettleReceivable;
import org.scfledger.core.receivable.SplitReceivable;
import org.scfledger.core.receivable.TransferReceivable;
import org.scfledger.projections.asof.AsOfReplay;
import org.scfledger.projections.query.Page;
import org.scfledger.projections.query.ReadModelQueries;
import org.scfledger.projections.query.ReceivableFilter;
import org.scfledger.projections.receivable.ReceivableStatus;
import org.scfledger.projections.receivable.ReceivableView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Links.BASE + "/receivables")
@Tag(name = "Receivables", description = "What a core enterprise owes a supplier: registered by the creditor, confirmed by"
        + " the debtor alone (确权), split and transferred down the tiers, financed, settled at maturity. A part's id has a"
        + " slash (RCV:AR-1/2), written %2F in paths.")
class ReceivablesController {

    private final ReadModelQueries queries;
    private final AsOfReplay asOf;
    private final Visibility visibility;

    ReceivablesController(ReadModelQueries queries, AsOfReplay asOf, Visibility visibility) {
        this.queries = queries;
        this.asOf = asOf;
        this.visibility = visibility;
    }

    @PostMapping
    @Operation(summary = "Register a receivable on the debtor (the creditor)")
    @Accepts(value = RegisterReceivable.class, example = """
            {"receivableId": "RCV:AR-2026-0042", "creditor": "supplier-1", "debtor": "core-1",
             "faceAmount": {"amount": "1130000.00", "currency": "CNY"}, "maturityDate": "2026-06-30",
             "invoiceIds": ["INV:91440300MA5FQ2N7BM:044031900111:00371552"], "orderId": "PO:2026-1188",
             "programId": "P-2026-AUTO", "registeredOn": "2026-03-10"}""")
    ResponseEntity<?> register(@Parameter(hidden = true) CommandRequest request) {
        return request.send(RegisterReceivable.class, Map.of(), (command, result) -> created(command.receivableId()));
    }

    @GetMapping
    @Operation(summary = "Receivables you hold or owe (everything for auditors), by program, status, maturity")
    Page<ReceivableView> receivables(@RequestParam(required = false) @Nullable ProgramId programId,
            @RequestParam(required = false) @Nullable PartyId holder, @RequestParam(required = false) @Nullable PartyId debtor,
            @RequestParam(required = false) @Nullable ReceivableStatus status,
            @RequestParam(required = false) @Nullable ReceivableId originalId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate maturityFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate maturityTo,
            @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = Pages.DEFAULT_LIMIT) int limit,
            @AuthenticationPrincipal Caller caller) {
        if (!caller.readsEverything()) {
            if (debtor != null) {
                Visibility.ownOrEverything(caller, debtor, "debtor");
            } else {
                holder = holder == null ? caller.party() : holder;
                Visibility.ownOrEverything(caller, holder, "holder");
            }
        }
        return queries.receivables(new ReceivableFilter(programId, holder, debtor, status, originalId, maturityFrom, maturityTo),
                Pages.of(after, limit));
    }

    @GetMapping("/{receivableId}")
    @Operation(summary = "A receivable: holder chain, parts, three-way match, encumbrance, financing, settlement")
    ReceivableView receivable(@PathVariable ReceivableId receivableId, @RequestParam(required = false) @Nullable Long checkpoint,
            @RequestParam(required = false) @Nullable Long position,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant at,
            @AuthenticationPrincipal Caller caller) {
        var view = AsOfParameters.of(checkpoint, position, at)
                .map(point -> asOf.receivable(receivableId, point))
                .orElseGet(() -> queries.receivable(receivableId))
                .orElseThrow(() -> ApiProblem.notFound("there is no receivable " + receivableId.value()));
        visibility.receivable(caller, view);
        return view;
    }

    @PostMapping("/{receivableId}/confirmation")
    @Operation(summary = "Confirm the receivable (确权; the debtor alone)")
    @Accepts(value = ConfirmReceivable.class, fromPath = "receivableId", example = """
            {"confirmedOn": "2026-03-12"}""")
    ResponseEntity<?> confirm(@PathVariable ReceivableId receivableId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(ConfirmReceivable.class, Map.of("receivableId", receivableId), (command, result) -> done(receivableId));
    }

    @PostMapping("/{receivableId}/dispute")
    @Operation(summary = "Dispute the receivable (the debtor)")
    @Accepts(value = DisputeReceivable.class, fromPath = "receivableId", example = """
            {"reason": "goods short-delivered", "disputedOn": "2026-03-20"}""")
    ResponseEntity<?> dispute(@PathVariable ReceivableId receivableId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(DisputeReceivable.class, Map.of("receivableId", receivableId), (command, result) -> done(receivableId));
    }

    @PostMapping("/{receivableId}/dispute-resolution")
    @Operation(summary = "Resolve a dispute (the debtor)")
    @Accepts(value = ResolveDispute.class, fromPath = "receivableId", example = """
            {"resolution": "missing goods delivered", "resolvedOn": "2026-03-25"}""")
    ResponseEntity<?> resolve(@PathVariable ReceivableId receivableId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(ResolveDispute.class, Map.of("receivableId", receivableId), (command, result) -> done(receivableId));
    }

    @PostMapping("/{receivableId}/split")
    @Operation(summary = "Split a confirmed receivable into parts for new holders (the holder)",
            description = "The parts' amounts add up to the face amount; each part gets the id <receivable>/<n>.")
    @Accepts(value = SplitReceivable.class, fromPath = "receivableId", example = """
            {"parts": [{"amount": {"amount": "330000.00", "currency": "CNY"}, "holder": "tier2-1"},
                       {"amount": {"amount": "800000.00", "currency": "CNY"}, "holder": "supplier-1"}], "splitOn": "2026-03-15"}""")
    ResponseEntity<?> split(@PathVariable ReceivableId receivableId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(SplitReceivable.class, Map.of("receivableId", receivableId), (command, result) -> {
            @SuppressWarnings("unchecked")
            var parts = (List<ReceivableId>) result;
            return ResponseEntity.ok(new SplitRecorded(receivableId.value(), parts.stream().map(part -> new Recorded(part.value(),
                    Links.to("receivables", part.value()))).toList()));
        });
    }

    @PostMapping("/{receivableId}/transfer")
    @Operation(summary = "Transfer a confirmed receivable, whole, to a new holder (the holder)")
    @Accepts(value = TransferReceivable.class, fromPath = "receivableId", example = """
            {"newHolder": "tier2-1", "transferredOn": "2026-03-16"}""")
    ResponseEntity<?> transfer(@PathVariable ReceivableId receivableId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(TransferReceivable.class, Map.of("receivableId", receivableId), (command, result) -> done(receivableId));
    }

    @PostMapping("/{receivableId}/settlement")
    @Operation(summary = "The debtor pays the receivable at maturity, whole (the debtor)")
    @Accepts(value = SettleReceivable.class, fromPath = "receivableId", example = """
            {"amount": {"amount": "1130000.00", "currency": "CNY"}, "paidOn": "2026-06-30"}""")
    ResponseEntity<?> settle(@PathVariable ReceivableId receivableId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(SettleReceivable.class, Map.of("receivableId", receivableId), (command, result) -> done(receivableId));
    }

    @PostMapping("/{receivableId}/release")
    @Operation(summary = "Release a receivable from what it backs (the encumbrance's holder)")
    @Accepts(value = ReleaseReceivable.class, fromPath = "receivableId", example = """
            {"encumbrance": {"kind": "CREDIT_LINE", "reference": "P-2026-AUTO:supplier-1", "holder": "bank-1"}, "releasedOn": "2026-04-01"}""")
    ResponseEntity<?> release(@PathVariable ReceivableId receivableId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(ReleaseReceivable.class, Map.of("receivableId", receivableId), (command, result) -> done(receivableId));
    }

    private static ResponseEntity<Recorded> created(ReceivableId receivableId) {
        return Recorded.created(receivableId.value(), Links.to("receivables", receivableId.value()));
    }

    private static ResponseEntity<Recorded> done(ReceivableId receivableId) {
        return Recorded.done(receivableId.value(), Links.to("receivables", receivableId.value()));
    }

    /** The split receivable and its new parts. */
    record SplitRecorded(String id, List<Recorded> parts) {
    }
}
