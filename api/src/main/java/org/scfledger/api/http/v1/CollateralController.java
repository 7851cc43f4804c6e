package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.http.command.CommandRequest;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.api.security.Caller;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.PledgeCollateral;
import org.scfledger.core.collateral.ReleaseCollateral;
import org.scfledger.core.collateral.RevalueCollateral;
import org.scfledger.core.party.PartyId;
import org.scfledger.projections.collateral.CollateralState;
import org.scfledger.projections.collateral.CollateralStatus;
import org.scfledger.projections.query.CollateralFilter;
import org.scfledger.projections.query.Page;
import org.scfledger.projections.query.ReadModelQueries;
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
@RequestMapping(Links.BASE + "/collateral")
@Tag(name = "Collateral", description = "Goods, warehouse receipts, guarantees and mortgages pledged by a member to a funder.")
class CollateralController {

    private final ReadModelQueries queries;
    private final Visibility visibility;

    CollateralController(ReadModelQueries queries, Visibility visibility) {
        this.queries = queries;
        this.visibility = visibility;
    }

    @PostMapping
    @Operation(summary = "Pledge a collateral item to a funder (the pledgor)")
    @Accepts(value = PledgeCollateral.class, example = """
            {"collateralId": "WR-2026-0007", "kind": "WAREHOUSE_RECEIPT", "pledgor": "distributor-1", "pledgee": "bank-1",
             "value": {"amount": "800000.00", "currency": "CNY"}, "description": "600 t cold-rolled steel, bay 4",
             "custodian": "warehouse-1", "documentReference": "SZ-WR-0007", "pledgedOn": "2026-03-02"}""")
    ResponseEntity<?> pledge(@Parameter(hidden = true) CommandRequest request) {
        return request.send(PledgeCollateral.class, Map.of(), (command, result) -> Recorded.created(command.collateralId().value(),
                Links.to("collateral", command.collateralId().value())));
    }

    @GetMapping
    @Operation(summary = "Collateral you pledged or hold (everything for auditors)")
    Page<CollateralState> collateral(@RequestParam(required = false) @Nullable PartyId pledgor,
            @RequestParam(required = false) @Nullable PartyId pledgee, @RequestParam(required = false) @Nullable CollateralStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiringBy,
            @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = Pages.DEFAULT_LIMIT) int limit,
            @AuthenticationPrincipal Caller caller) {
        if (!caller.readsEverything()) {
            if (pledgee != null) {
                Visibility.ownOrEverything(caller, pledgee, "pledgee");
            } else {
                pledgor = pledgor == null ? caller.party() : pledgor;
                Visibility.ownOrEverything(caller, pledgor, "pledgor");
            }
        }
        return queries.collaterals(new CollateralFilter(pledgor, pledgee, status, expiringBy), Pages.of(after, limit));
    }

    @GetMapping("/{collateralId}")
    @Operation(summary = "A collateral item: value, status, what it backs")
    CollateralState item(@PathVariable CollateralId collateralId, @AuthenticationPrincipal Caller caller) {
        var item = queries.collateral(collateralId)
                .orElseThrow(() -> ApiProblem.notFound("there is no collateral " + collateralId.value()));
        visibility.collateral(caller, item);
        return item;
    }

    @PostMapping("/{collateralId}/revaluation")
    @Operation(summary = "Record a new appraised value (the pledgee)")
    @Accepts(value = RevalueCollateral.class, fromPath = "collateralId", example = """
            {"value": {"amount": "720000.00", "currency": "CNY"}, "revaluedOn": "2026-04-01"}""")
    ResponseEntity<?> revalue(@PathVariable CollateralId collateralId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(RevalueCollateral.class, Map.of("collateralId", collateralId), (command, result) -> done(collateralId));
    }

    @PostMapping("/{collateralId}/release")
    @Operation(summary = "Release the item back to the pledgor (the pledgee)")
    @Accepts(value = ReleaseCollateral.class, fromPath = "collateralId", example = """
            {"reason": "loan repaid", "releasedOn": "2026-06-30"}""")
    ResponseEntity<?> release(@PathVariable CollateralId collateralId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(ReleaseCollateral.class, Map.of("collateralId", collateralId), (command, result) -> done(collateralId));
    }

    private static ResponseEntity<Recorded> done(CollateralId collateralId) {
        return Recorded.done(collateralId.value(), Links.to("collateral", collateralId.value()));
    }
}
