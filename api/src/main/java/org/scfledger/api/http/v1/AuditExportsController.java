package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.audit.ExportJob;
import org.scfledger.api.audit.ExportJobs;
import org.scfledger.api.audit.ExportPlan;
import org.scfledger.api.http.command.CommandRequest;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.api.security.Caller;
import org.scfledger.core.audit.AuditScope;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.journal.export.JournalExporter;
import org.scfledger.core.journal.export.JournalSlicer;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Links.BASE + "/audit/exports")
@Tag(name = "Audit")
class AuditExportsController {

    static final String JOURNAL = "journal";
    static final String SLICE = "slice";
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final ExportJobs jobs;
    private final Checkpoints checkpoints;
    private final AuditPoints points;
    private final JournalExporter exporter;
    private final JournalSlicer slicer;
    private final Visibility visibility;

    AuditExportsController(ExportJobs jobs, Checkpoints checkpoints, AuditPoints points, Journal journal, LedgerSigner signer,
            Clock clock, Visibility visibility) {
        this.jobs = jobs;
        this.checkpoints = checkpoints;
        this.points = points;
        this.exporter = new JournalExporter(journal, signer, clock);
        this.slicer = new JournalSlicer(journal, signer, clock);
        this.visibility = visibility;
    }

    @PostMapping
    @Operation(summary = "Start an export of the journal, or a slice of it, up to a signed checkpoint, as a job",
            description = "202 with the job's Location; follow it for progress, then download its file and check it with"
                    + " 'ledger verify'. Without upToCheckpoint (or without a body) the export ends at the latest checkpoint,"
                    + " signing a new one first if the journal grew since. With a scope, the file is a slice: only that"
                    + " program's records (or those of every program of that funder) and their financings', each with its"
                    + " inclusion proof. Auditors and the operator export anything; a funder or a core enterprise, slices of"
                    + " the programs it runs, and a funder its own book. A party keeps its latest jobs; 429 'too-many-exports'"
                    + " when all of them are still running. Writes nothing to the ledger.")
    @Accepts(value = ExportRequest.class, bodyRequired = false, example = """
            {"upToCheckpoint": 12, "scope": {"program": "P-2026"}}""")
    @ApiResponse(responseCode = "202", description = "the job, queued or already running",
            content = @Content(schema = @Schema(implementation = ExportJobStatus.class)))
    ResponseEntity<?> start(@Parameter(hidden = true) CommandRequest request) {
        return request.run(ExportRequest.class, body -> {
            Caller caller = request.caller();
            AuditScope scope = body.scope() == null ? null : body.scope().auditScope();
            mayExport(caller, scope);
            ExportJob job = jobs.submit(caller.party(), plan(scope, body.upToCheckpoint()))
                    .orElseThrow(() -> new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-exports", "your earlier exports are"
                            + " all still queued or running; ask again once one is done", null));
            var status = ExportJobStatus.of(job);
            return ResponseEntity.accepted().location(URI.create(status.href())).body(status);
        });
    }

    @GetMapping
    @Operation(summary = "Your party's export jobs, newest first (auditors, operator)")
    List<ExportJobStatus> list(@AuthenticationPrincipal Caller caller) {
        return jobs.of(caller.party()).stream().map(ExportJobStatus::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "An export job: its state and progress, and its file once done (auditors, operator)")
    ExportJobStatus job(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        return ExportJobStatus.of(find(caller, id));
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "A finished export's file (application/x-ndjson, docs/journal-format.md)",
            description = "409 'export-not-ready' while the job is queued or running, 'export-failed' if it failed.")
    ResponseEntity<Resource> file(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        ExportJob job = find(caller, id);
        if (job.state() == ExportJob.State.FAILED) {
            throw new ApiProblem(HttpStatus.CONFLICT, "export-failed", "export " + id + " failed: " + job.error(), null);
        }
        if (job.state() != ExportJob.State.DONE || job.file() == null || job.bytes() == null) {
            throw new ApiProblem(HttpStatus.CONFLICT, "export-not-ready", "export " + id + " is " + ExportJobStatus.state(job)
                    + " (" + job.percent() + "%); its file is there once it is done", null);
        }
        String name = (job.kind().equals(JOURNAL) ? "ledger-export" : "ledger-slice") + "-checkpoint-" + job.finalCheckpoint() + ".jsonl";
        return ResponseEntity.ok()
                .contentType(NDJSON)
                .contentLength(job.bytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(job.file()));
    }

    /** Everything goes to auditors and the operator; to a party, only the slices of what it runs or funds. */
    private void mayExport(Caller caller, @Nullable AuditScope scope) {
        if (caller.readsEverything()) {
            return;
        }
        if (scope == null) {
            throw ApiProblem.forbidden("only auditors and the operator export the whole journal; ask for a slice of a program"
                    + " you run or fund, {\"scope\": {\"program\": \"...\"}}, or of your own book as funder");
        }
        boolean own = scope instanceof AuditScope.OfFunder funder ? caller.is(funder.funder())
                : visibility.runsProgram(caller, ((AuditScope.OfProgram) scope).program());
        if (!own) {
            throw Visibility.denied("the slice of " + scope.describe());
        }
    }

    /**
     * The whole journal, or the slice of {@code scope}, up to checkpoint {@code upTo}, or to the latest (signing one
     * first if the journal grew since).
     */
    private ExportPlan plan(@Nullable AuditScope scope, @Nullable Long upTo) {
        Checkpoint last = upTo == null ? checkpoints.current() : points.signed(upTo, "upToCheckpoint");
        long number = last.number();
        if (scope != null) {
            // a slice reads the journal twice (JournalSlicer): its progress counts both passes
            return new ExportPlan(SLICE, scope.describe(), number, 2 * last.treeSize(),
                    (out, progress) -> slicer.slice(scope, number, out, progress));
        }
        return new ExportPlan(JOURNAL, null, number, last.treeSize(), (out, progress) -> exporter.export(number, out, progress));
    }

    private ExportJob find(Caller caller, String id) {
        return jobs.find(caller.party(), id).orElseThrow(() -> ApiProblem.notFound("you have no export " + id));
    }

    /** What to export: the journal, or one scope's slice of it, up to a checkpoint (default: the latest). */
    record ExportRequest(@Schema(description = "the signed checkpoint the export ends at (default: the latest)", example = "12")
            @Nullable Long upToCheckpoint,
            @Schema(description = "only this program's records, or those of this funder's programs, with their financings'"
                    + " (a slice); the whole journal when absent") @Nullable Scope scope) {

        ExportRequest {
            if (upToCheckpoint != null && upToCheckpoint < 0) {
                throw new IllegalArgumentException("upToCheckpoint must not be negative");
            }
        }
    }

    /** A slice's scope: a program, or a funder's book; exactly one. */
    record Scope(@Nullable ProgramId program, @Nullable PartyId funder) {

        Scope {
            if ((program == null) == (funder == null)) {
                throw new IllegalArgumentException("scope names a program or a funder, exactly one of them");
            }
        }

        AuditScope auditScope() {
            return program != null ? new AuditScope.OfProgram(program) : new AuditScope.OfFunder(funder);
        }
    }
}
