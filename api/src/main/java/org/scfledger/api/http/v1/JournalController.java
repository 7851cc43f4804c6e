package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.ConsistencyProof;
import org.scfledger.core.journal.InclusionProof;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalProofs;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.journal.export.JournalExporter;
import org.scfledger.api.audit.AuditDocuments.Consistency;
import org.scfledger.api.audit.AuditDocuments.Inclusion;
import org.scfledger.api.audit.AuditDocuments.SignedCheckpoint;
import org.scfledger.crypto.Hex;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping(Links.BASE + "/journal")
@Tag(name = "Journal", description = "The evidence: signed checkpoints of the hash-chained journal, RFC 6962 inclusion and"
        + " consistency proofs, and the export an auditor verifies offline (docs/journal-format.md). Hashes are lowercase hex.")
class JournalController {

    private final Journal journal;
    private final Checkpoints checkpoints;
    private final JournalProofs proofs;
    private final LedgerSigner signer;
    private final Clock clock;

    JournalController(Journal journal, Checkpoints checkpoints, JournalProofs proofs, LedgerSigner signer, Clock clock) {
        this.journal = journal;
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.signer = signer;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The journal's head: its size, last hash, suite and public key")
    Head head() {
        var head = journal.head();
        var key = signer.publicKey();
        return new Head(head.size(), Hex.encode(head.headHash()), journal.suite().suiteName(), key.fingerprint(), key.toPem());
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Signed checkpoints, oldest first, from a number")
    List<SignedCheckpoint> checkpoints(@RequestParam(defaultValue = "0") long from, @RequestParam(defaultValue = Pages.DEFAULT_LIMIT) int limit) {
        if (limit < 1 || limit > 500 || from < 0) {
            throw ApiProblem.badRequest("invalid-value", "from must not be negative and limit must be between 1 and 500", "limit");
        }
        return checkpoints.list(from, limit).stream().map(SignedCheckpoint::of).toList();
    }

    @GetMapping("/checkpoints/latest")
    @Operation(summary = "The latest signed checkpoint")
    SignedCheckpoint latest() {
        return checkpoints.latest().map(SignedCheckpoint::of).orElseThrow(() -> ApiProblem.notFound("no checkpoint has been signed yet"));
    }

    @GetMapping("/checkpoints/{number}")
    @Operation(summary = "A signed checkpoint: tree size, Merkle root, chain head, signature")
    SignedCheckpoint checkpoint(@PathVariable long number) {
        return checkpoints.byNumber(number).map(SignedCheckpoint::of)
                .orElseThrow(() -> ApiProblem.notFound("there is no checkpoint " + number));
    }

    @GetMapping("/events/{position}/inclusion-proof")
    @Operation(summary = "Proof that the event at a position is in the tree a checkpoint signed (RFC 6962 audit path)")
    Inclusion inclusion(@PathVariable long position, @RequestParam long checkpoint) {
        var signed = checkpoints.byNumber(checkpoint).orElseThrow(() -> ApiProblem.notFound("there is no checkpoint " + checkpoint));
        if (position < 0 || position >= signed.treeSize()) {
            throw new ApiProblem(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY, "position-not-covered", "checkpoint "
                    + checkpoint + " covers positions 0 to " + (signed.treeSize() - 1) + ", not " + position, "position");
        }
        return Inclusion.of(proofs.inclusion(position, signed.treeSize()), SignedCheckpoint.of(signed));
    }

    @GetMapping("/consistency-proof")
    @Operation(summary = "Proof that checkpoint 'to' extends checkpoint 'from': nothing before was changed (RFC 6962)")
    Consistency consistency(@RequestParam long from, @RequestParam long to) {
        var older = checkpoints.byNumber(from).orElseThrow(() -> ApiProblem.notFound("there is no checkpoint " + from));
        var newer = checkpoints.byNumber(to).orElseThrow(() -> ApiProblem.notFound("there is no checkpoint " + to));
        if (older.treeSize() > newer.treeSize()) {
            throw ApiProblem.badRequest("invalid-value", "checkpoint " + from + " is larger than checkpoint " + to, "from");
        }
        return Consistency.of(proofs.consistency(older.treeSize(), newer.treeSize()), SignedCheckpoint.of(older), SignedCheckpoint.of(newer));
    }

    @GetMapping(value = "/export", produces = "application/x-ndjson")
    @Operation(summary = "The whole journal as an export, streamed (auditors, operator); verify it with 'ledger verify'")
    ResponseEntity<StreamingResponseBody> export() {
        var exporter = new JournalExporter(journal, signer, clock);
        StreamingResponseBody body = out -> exporter.export(out, (records, total) -> { });
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-export.jsonl\"")
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(body);
    }

    record Head(long size, String headHash, String suite, String keyFingerprint, String publicKey) {
    }
}
