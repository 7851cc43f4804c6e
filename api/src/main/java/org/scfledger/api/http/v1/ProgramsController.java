package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.http.command.CommandRequest;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.api.security.Caller;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.pledge.PledgeAssetToLine;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.ChangeMemberLimits;
import org.scfledger.core.program.ChangeProgramLimit;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ReinstateMember;
import org.scfledger.core.program.SuspendMember;
import org.scfledger.projections.asof.AsOfReplay;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.creditline.ProgramLineView;
import org.scfledger.projections.query.MemberLineFilter;
import org.scfledger.projections.query.Page;
import org.scfledger.projections.query.ProgramLineFilter;
import org.scfledger.projections.query.ReadModelQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Links.BASE + "/programs")
@Tag(name = "Programs and credit lines", description = "A core enterprise's N+1+N program with a funder, its members and"
        + " their lines. Funders create programs and admit members; members pledge assets to raise their lines.")
class ProgramsController {

    private final ReadModelQueries queries;
    private final AsOfReplay asOf;
    private final Visibility visibility;

    ProgramsController(ReadModelQueries queries, AsOfReplay asOf, Visibility visibility) {
        this.queries = queries;
        this.asOf = asOf;
        this.visibility = visibility;
    }

    @PostMapping
    @Operation(summary = "Create a program (its funder)")
    @Accepts(value = CreateProgram.class, example = """
            {"programId": "P-2026-AUTO", "coreEnterprise": "core-1", "funder": "bank-1", "currency": "CNY",
             "programLimit": {"amount": "50000000.00", "currency": "CNY"}, "validFrom": "2026-01-01", "validTo": "2026-12-31",
             "advanceRates": {"rates": {"RECEIVABLE": {"fraction": "0.80"}, "INVOICE": {"fraction": "0.70"}, "GUARANTEE": {"fraction": "1.00"}}},
             "pricing": {"annualRate": {"annual": "0.0435"}, "dayCount": "ACT_360", "penaltyMultiplier": "1.5"},
             "maxTenorDays": 180, "matchTolerancePercent": "1"}""")
    ResponseEntity<?> create(@Parameter(hidden = true) CommandRequest request) {
        return request.send(CreateProgram.class, Map.of(), (command, result) -> Recorded.created(command.programId().value(),
                Links.to("programs", command.programId().value())));
    }

    @GetMapping
    @Operation(summary = "Program lines: limit, utilised, available, by member, concentration (funder, core enterprise, auditors)")
    Page<ProgramLineView> programs(@RequestParam(required = false) @Nullable PartyId coreEnterprise,
            @RequestParam(required = false) @Nullable PartyId funder, @RequestParam(required = false) @Nullable Boolean expired,
            @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = Pages.DEFAULT_LIMIT) int limit,
            @AuthenticationPrincipal Caller caller) {
        if (!caller.readsEverything() && coreEnterprise == null && funder == null) {
            throw ApiProblem.badRequest("missing-value", "name coreEnterprise or funder (yourself)", "funder");
        }
        if (coreEnterprise != null) {
            Visibility.ownOrEverything(caller, coreEnterprise, "coreEnterprise");
        }
        if (funder != null) {
            Visibility.ownOrEverything(caller, funder, "funder");
        }
        return queries.programLines(new ProgramLineFilter(coreEnterprise, funder, expired), Pages.of(after, limit));
    }

    @GetMapping("/{programId}")
    @Operation(summary = "A program's line, now or as it stood at a checkpoint, a position or an instant")
    ProgramLineView program(@PathVariable ProgramId programId, @RequestParam(required = false) @Nullable Long checkpoint,
            @RequestParam(required = false) @Nullable Long position,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant at,
            @AuthenticationPrincipal Caller caller) {
        visibility.program(caller, programId);
        var view = AsOfParameters.of(checkpoint, position, at)
                .map(point -> asOf.programLine(programId, point))
                .orElseGet(() -> queries.programLine(programId));
        return view.orElseThrow(() -> ApiProblem.notFound("there is no program " + programId.value()));
    }

    @PutMapping("/{programId}/limit")
    @Operation(summary = "Raise or lower the program limit (its funder)")
    @Accepts(value = ChangeProgramLimit.class, fromPath = "programId", example = """
            {"programLimit": {"amount": "60000000.00", "currency": "CNY"}}""")
    ResponseEntity<?> changeLimit(@PathVariable ProgramId programId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(ChangeProgramLimit.class, Map.of("programId", programId),
                (command, result) -> Recorded.done(programId.value(), Links.to("programs", programId.value())));
    }

    @PostMapping("/{programId}/members")
    @Operation(summary = "Admit a supplier or distributor with its base limit and cap (the funder)")
    @Accepts(value = AdmitMember.class, fromPath = "programId", example = """
            {"member": "supplier-1", "side": "SUPPLIER", "baseLimit": {"amount": "1000000.00", "currency": "CNY"},
             "memberCap": {"amount": "5000000.00", "currency": "CNY"}}""")
    ResponseEntity<?> admit(@PathVariable ProgramId programId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(AdmitMember.class, Map.of("programId", programId), (command, result) -> Recorded.created(
                command.member().value(), Links.memberLine(programId.value(), command.member().value())));
    }

    @GetMapping("/{programId}/members")
    @Operation(summary = "The members' lines (funder, core enterprise, auditors; a member sees its own)")
    Page<MemberLineView> members(@PathVariable ProgramId programId, @RequestParam(required = false) @Nullable MemberSide side,
            @RequestParam(required = false) @Nullable Boolean suspended, @RequestParam(required = false) @Nullable Boolean shortfall,
            @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = Pages.DEFAULT_LIMIT) int limit,
            @AuthenticationPrincipal Caller caller) {
        PartyId only = visibility.runsProgram(caller, programId) ? null : caller.party();
        return queries.memberLines(new MemberLineFilter(programId, only, side, suspended, shortfall), Pages.of(after, limit));
    }

    @GetMapping("/{programId}/members/{member}")
    @Operation(summary = "A member's credit line with each asset's contribution, now or as it stood then")
    MemberLineView memberLine(@PathVariable ProgramId programId, @PathVariable PartyId member,
            @RequestParam(required = false) @Nullable Long checkpoint, @RequestParam(required = false) @Nullable Long position,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant at,
            @AuthenticationPrincipal Caller caller) {
        visibility.memberLine(caller, programId, member);
        var view = AsOfParameters.of(checkpoint, position, at)
                .map(point -> asOf.memberLine(programId, member, point))
                .orElseGet(() -> queries.memberLine(programId, member));
        return view.orElseThrow(() -> ApiProblem.notFound(member.value() + " is not a member of program " + programId.value()));
    }

    @PutMapping("/{programId}/members/{member}/limits")
    @Operation(summary = "Set a member's base limit and cap anew (the funder)")
    @Accepts(value = ChangeMemberLimits.class, fromPath = {"programId", "member"}, example = """
            {"baseLimit": {"amount": "1500000.00", "currency": "CNY"}, "memberCap": {"amount": "6000000.00", "currency": "CNY"},
             "businessDate": "2026-03-02"}""")
    ResponseEntity<?> changeLimits(@PathVariable ProgramId programId, @PathVariable PartyId member,
            @Parameter(hidden = true) CommandRequest request) {
        return request.send(ChangeMemberLimits.class, Map.of("programId", programId, "member", member),
                (command, result) -> Recorded.done(member.value(), Links.memberLine(programId.value(), member.value())));
    }

    @PostMapping("/{programId}/members/{member}/suspension")
    @Operation(summary = "Suspend a member's drawing (the funder)")
    @Accepts(value = SuspendMember.class, fromPath = {"programId", "member"}, example = """
            {"reason": "overdue at another bank"}""")
    ResponseEntity<?> suspend(@PathVariable ProgramId programId, @PathVariable PartyId member,
            @Parameter(hidden = true) CommandRequest request) {
        return request.send(SuspendMember.class, Map.of("programId", programId, "member", member),
                (command, result) -> Recorded.done(member.value(), Links.memberLine(programId.value(), member.value())));
    }

    @PostMapping("/{programId}/members/{member}/reinstatement")
    @Operation(summary = "Reinstate a suspended member (the funder)")
    @Accepts(value = ReinstateMember.class, fromPath = {"programId", "member"}, example = """
            {"reason": "overdue settled"}""")
    ResponseEntity<?> reinstate(@PathVariable ProgramId programId, @PathVariable PartyId member,
            @Parameter(hidden = true) CommandRequest request) {
        return request.send(ReinstateMember.class, Map.of("programId", programId, "member", member),
                (command, result) -> Recorded.done(member.value(), Links.memberLine(programId.value(), member.value())));
    }

    @PostMapping("/{programId}/members/{member}/assets")
    @Operation(summary = "Pledge an invoice, order, receivable or collateral item to the member's line (the member)",
            description = "Exactly one of invoiceId, orderId, receivableId and collateralId. The asset is encumbered for the"
                    + " line and counted at value × advance rate, or neither.")
    @Accepts(value = PledgeAssetToLine.class, fromPath = {"programId", "member"}, example = """
            {"receivableId": "RCV:AR-2026-0042", "pledgedOn": "2026-03-02"}""")
    ResponseEntity<?> pledge(@PathVariable ProgramId programId, @PathVariable PartyId member,
            @Parameter(hidden = true) CommandRequest request) {
        return request.send(PledgeAssetToLine.class, Map.of("programId", programId, "member", member),
                (command, result) -> Recorded.done(pledgedAsset(command), Links.memberLine(programId.value(), member.value())));
    }

    /** The pledged asset's id as the API names it (the collateral item's own, not the journal's "COL:..."). */
    private static String pledgedAsset(PledgeAssetToLine command) {
        if (command.collateralId() != null) {
            return command.collateralId().value();
        }
        if (command.invoiceId() != null) {
            return command.invoiceId().value();
        }
        if (command.receivableId() != null) {
            return command.receivableId().value();
        }
        return java.util.Objects.requireNonNull(command.orderId()).value();
    }
}
