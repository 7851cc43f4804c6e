package org.scfledger.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scfledger.api.http.ApiClient.Answer;
import org.scfledger.core.audit.AuditScope;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.export.ExportProgress;
import org.scfledger.core.journal.export.ExportVerifier;
import org.scfledger.core.journal.export.SliceVerifier;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.crypto.LedgerPublicKey;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.audit.AuditReplay;
import org.scfledger.projections.audit.ReplaySubject;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit routes against the live API on the same server: a replay at a point is what the as-of read showed then, its
 * evidence is the journal's (proved with the journal's own inclusion proof), a diff ends at the later checkpoint's
 * line, and an export job yields a file that verifies with the ledger's public key.
 */
class AuditApiIT extends ApiTestServer {

    static final String P = "au-P";
    static final String FINANCING = "au-F-1";
    static final String VALUED_ON = "2026-05-20";
    static final Duration JOB_WAIT = Duration.ofSeconds(60);

    @Autowired
    Checkpoints checkpoints;

    Cast cast;
    String auditor;
    /** Signed after the supplier was admitted, and after its financing was drawn, paid out and partly repaid. */
    long admitted;
    long financed;
    /** The journal position the supplier's drawdown request ended at. */
    long drawdownPosition;

    @BeforeAll
    void history() {
        cast = cast("au");
        auditor = cast.auditorKey;
        createProgram(cast, P);
        admit(cast, P, cast.supplier, "SUPPLIER", "1000000.00", "2000000.00");
        admit(cast, P, cast.otherSupplier, "SUPPLIER", "100000.00", "100000.00");
        admitted = checkpoint();

        assertStatus(api.post(V1 + "/financings/drawdowns", cast.supplierKey, """
                {"financingId": "%s", "programId": "%s", "member": "%s", "amount": %s, "method": "EQUAL_PRINCIPAL",
                 "tenor": {"periods": 3, "monthsPerPeriod": 1}, "businessDate": "2026-03-16"}"""
                .formatted(FINANCING, P, cast.supplier, cny("30000.00"))), 201);
        drawdownPosition = journalSize() - 1;
        assertStatus(api.post(V1 + "/financings/" + FINANCING + "/decision", cast.bankKey,
                "{\"decision\": \"APPROVE\", \"reasons\": [], \"businessDate\": \"2026-03-16\"}"), 200);
        assertStatus(api.post(V1 + "/financings/" + FINANCING + "/disbursement", cast.bankKey, "{\"businessDate\": \"2026-03-16\"}"),
                200);
        assertStatus(api.post(V1 + "/financings/" + FINANCING + "/repayments", cast.supplierKey,
                "{\"amount\": " + cny("10000.00") + ", \"earlyRepayment\": \"SHORTEN_TERM\", \"businessDate\": \"2026-04-16\"}"), 200);
        admit(cast, P, cast.distributor, "DISTRIBUTOR", "80000.00", "80000.00"); // another member: moves what the program has left
        financed = checkpoint();
    }

    @Test
    void a_member_line_replayed_at_a_checkpoint_is_the_as_of_view_and_its_evidence_is_the_journals() {
        for (long checkpoint : List.of(admitted, financed)) {
            JsonNode replay = ok(api.get(V1 + "/audit/replay?member=" + cast.supplier + "&program=" + P + "&checkpoint=" + checkpoint,
                    auditor));
            JsonNode live = ok(api.get(V1 + "/programs/" + P + "/members/" + cast.supplier + "?checkpoint=" + checkpoint, auditor));
            JsonNode signed = ok(api.get(V1 + "/journal/checkpoints/" + checkpoint, auditor));

            assertThat(replay.path("asOf").asText()).isEqualTo("checkpoint " + checkpoint);
            assertThat(replay.path("anchor")).isEqualTo(signed);
            assertThat(replay.path("journalSize").asLong()).isEqualTo(signed.path("treeSize").asLong());
            assertThat(replay.path("memberLines")).hasSize(1);
            assertThat(replay.path("memberLines").get(0).path("line")).as("the line at checkpoint %d", checkpoint).isEqualTo(live);
        }

        JsonNode replay = ok(api.get(V1 + "/audit/replay?member=" + cast.supplier + "&program=" + P + "&checkpoint=" + financed,
                auditor));
        List<JsonNode> evidence = new ArrayList<>();
        replay.path("memberLines").get(0).path("steps").forEach(step -> evidence.add(step.path("evidence")));
        assertThat(evidence).extracting(e -> e.path("eventType").asText())
                .contains("ProgramCreated", "MemberAdmitted", "DrawdownReserved");
        JsonNode drawdown = evidence.stream().filter(e -> e.path("eventType").asText().equals("DrawdownReserved")).findFirst()
                .orElseThrow();
        long position = drawdown.path("position").asLong();
        assertThat(position).as("the request's unit of work ends at %d", drawdownPosition)
                .isBetween(drawdownPosition - 1, drawdownPosition);
        JsonNode proof = ok(api.get(V1 + "/journal/events/" + position + "/inclusion-proof?checkpoint=" + financed, auditor));
        assertThat(proof.path("recordHash").asText()).isEqualTo(drawdown.path("recordHash").asText());
        assertThat(proof.path("rootHash").asText()).isEqualTo(replay.path("anchor").path("rootHash").asText());
    }

    @Test
    void without_a_point_the_replay_is_at_the_latest_checkpoint_and_a_position_or_instant_is_anchored_to_one_covering_it() {
        String line = "member=" + cast.supplier + "&program=" + P;
        long latest = ok(api.get(V1 + "/journal/checkpoints/latest", auditor)).path("number").asLong();
        JsonNode byDefault = ok(api.get(V1 + "/audit/replay?" + line, auditor));
        assertThat(byDefault.path("asOf").asText()).isEqualTo("checkpoint " + latest);

        JsonNode atDrawdown = ok(api.get(V1 + "/audit/replay?" + line + "&position=" + drawdownPosition, auditor));
        assertThat(atDrawdown.path("asOf").asText()).isEqualTo("position " + drawdownPosition);
        assertThat(atDrawdown.path("journalSize").asLong()).isEqualTo(drawdownPosition + 1);
        assertThat(atDrawdown.path("anchor").path("number").asLong()).isEqualTo(financed);
        assertThat(atDrawdown.path("memberLines").get(0).path("line"))
                .isEqualTo(ok(api.get(V1 + "/programs/" + P + "/members/" + cast.supplier + "?position=" + drawdownPosition, auditor)));

        register("au-later", "SUPPLIER"); // the journal grows past every checkpoint: the instant's replay signs one
        String now = Instant.now().toString();
        JsonNode atNow = ok(api.get(V1 + "/audit/replay?" + line + "&at=" + now, auditor));
        assertThat(atNow.path("asOf").asText()).isEqualTo("instant " + now);
        assertThat(atNow.path("anchor").path("number").asLong()).isGreaterThan(financed);
        assertThat(atNow.path("memberLines").get(0).path("line"))
                .isEqualTo(ok(api.get(V1 + "/programs/" + P + "/members/" + cast.supplier + "?at=" + now, auditor)));
    }

    @Test
    void a_financing_replayed_at_the_latest_checkpoint_is_the_financing_on_the_same_day() {
        String path = V1 + "/financings/" + FINANCING + "?asOf=" + VALUED_ON;
        JsonNode live = eventually(path, auditor, financing -> financing.path("repayments").size() == 1);
        JsonNode replay = ok(api.get(V1 + "/audit/replay?financing=" + FINANCING + "&checkpoint=" + financed + "&on=" + VALUED_ON,
                auditor));
        assertThat(replay.path("valuedOn").asText()).isEqualTo(VALUED_ON);
        assertThat(replay.path("financing")).isEqualTo(live);
        assertThat(replay.path("memberLines")).isEmpty();
        assertThat(replay.path("evidence").findValuesAsText("eventType"))
                .contains("FinancingRequested", "FinancingApproved", "FinancingDisbursed", "FinancingRepaid");
        assertThat(replay.path("evidence").findValuesAsText("role")).containsOnly("FINANCING");
        assertThat(ok(api.get(V1 + "/audit/replay?program=" + P + "&checkpoint=" + financed, auditor)).path("programLine"))
                .isEqualTo(ok(api.get(V1 + "/programs/" + P + "?checkpoint=" + financed, auditor)));
    }

    @Test
    void a_diff_between_two_checkpoints_ends_at_the_later_ones_line() {
        JsonNode diff = ok(api.get(V1 + "/audit/diff?member=" + cast.supplier + "&program=" + P + "&from=" + admitted + "&to=" + financed,
                auditor));
        assertThat(diff.path("member").asText()).isEqualTo(cast.supplier);
        assertThat(diff.path("from").path("number").asLong()).isEqualTo(admitted);
        assertThat(diff.path("to").path("number").asLong()).isEqualTo(financed);
        JsonNode changes = diff.path("lines").get(0);
        String line = V1 + "/programs/" + P + "/members/" + cast.supplier + "?checkpoint=";
        assertThat(changes.path("before")).isEqualTo(ok(api.get(line + admitted, auditor)));
        assertThat(changes.path("after")).isEqualTo(ok(api.get(line + financed, auditor)));
        assertThat(changes.path("steps").findValuesAsText("eventType")).contains("DrawdownReserved", "PrincipalDrawn");
        long since = diff.path("from").path("treeSize").asLong();
        changes.path("steps").forEach(step -> assertThat(step.path("evidence").path("position").asLong())
                .as("a step after checkpoint %d", admitted).isGreaterThanOrEqualTo(since));
    }

    @Test
    void an_export_job_runs_to_done_and_its_file_verifies_with_the_ledgers_key() throws IOException {
        long treeSize = ok(api.get(V1 + "/journal/checkpoints/" + financed, auditor)).path("treeSize").asLong();
        Answer started = api.post(V1 + "/audit/exports", auditor, "{\"upToCheckpoint\": " + financed + "}");
        assertStatus(started, 202);
        JsonNode job = started.json();
        String href = V1 + "/audit/exports/" + job.path("id").asText();
        assertThat(started.location()).isEqualTo(href);
        assertThat(job.path("href").asText()).isEqualTo(href);
        assertThat(job.path("kind").asText()).isEqualTo("journal");
        assertThat(job.path("state").asText()).isIn("queued", "running", "done");
        assertThat(job.path("totalRecords").asLong()).isEqualTo(treeSize);
        assertThat(job.path("finalCheckpoint").asLong()).isEqualTo(financed);

        JsonNode done = awaitDone(href);
        assertThat(done.path("records").asLong()).isEqualTo(treeSize);
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        assertThat(done.path("file").asText()).isEqualTo(href + "/file");
        assertThat(done.has("error")).isFalse();
        assertThat(ok(api.get(V1 + "/audit/exports", auditor)).findValuesAsText("id")).contains(job.path("id").asText());

        HttpResponse<byte[]> file = api.download(href + "/file", auditor);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        assertThat(file.headers().firstValueAsLong("Content-Length")).hasValue(done.path("bytes").asLong());
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat((long) file.body().length).isEqualTo(done.path("bytes").asLong());
        var publicKey = LedgerPublicKey.fromPem(ok(api.get(V1 + "/journal", auditor)).path("publicKey").asText());
        var verified = new ExportVerifier(publicKey).verify(new ByteArrayInputStream(file.body()), ExportProgress.none());
        assertThat(verified.ok()).as("%s", verified.failure()).isTrue();
        assertThat(verified.verified().records()).isEqualTo(treeSize);
        assertThat(verified.verified().checkpoints()).isEqualTo(financed + 1);

        Answer latest = api.post(V1 + "/audit/exports", operator, "");
        assertStatus(latest, 202);
        JsonNode whole = awaitDone(latest.location(), operator);
        assertThat(whole.path("records").asLong()).isEqualTo(whole.path("totalRecords").asLong()).isGreaterThan(treeSize);
    }

    @Test
    void a_funder_gets_the_slice_of_its_program_and_it_verifies_and_replays_as_the_whole_journal_does() throws IOException {
        Answer started = api.post(V1 + "/audit/exports", cast.bankKey,
                "{\"upToCheckpoint\": " + financed + ", \"scope\": {\"program\": \"" + P + "\"}}");
        assertStatus(started, 202);
        assertThat(started.json().path("kind").asText()).isEqualTo("slice");
        assertThat(started.json().path("scope").asText()).isEqualTo("program " + P);
        assertThat(assertStatus(api.post(V1 + "/audit/exports", cast.bankKey,
                "{\"upToCheckpoint\": " + financed + ", \"scope\": {\"program\": \"" + P + "\"}}"), 202).location())
                .as("asking again gives the job already under way").isEqualTo(started.location());
        JsonNode done = awaitDone(started.location(), cast.bankKey);
        HttpResponse<byte[]> file = api.download(started.location() + "/file", cast.bankKey);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("ledger-slice-checkpoint-" + financed);
        assertThat((long) file.body().length).isEqualTo(done.path("bytes").asLong());

        var publicKey = LedgerPublicKey.fromPem(ok(api.get(V1 + "/journal", auditor)).path("publicKey").asText());
        var verified = new SliceVerifier(publicKey, AuditScope::parse).verify(new ByteArrayInputStream(file.body()),
                ExportProgress.none());
        assertThat(verified.ok()).as("%s", verified.failure()).isTrue();
        assertThat(verified.verified().anchor().number()).isEqualTo(financed);
        assertThat(verified.verified().records()).isLessThan(ok(api.get(V1 + "/journal/checkpoints/" + financed, auditor))
                .path("treeSize").asLong());

        var replayed = new AuditReplay(publicKey, java.time.ZoneId.of("Asia/Shanghai")).replay(new ByteArrayInputStream(file.body()),
                AsOf.checkpoint(financed), new ReplaySubject.Member(PartyId.of(cast.supplier), ProgramId.of(P)), null,
                ExportProgress.none());
        JsonNode line = ok(api.get(V1 + "/audit/replay?member=" + cast.supplier + "&program=" + P + "&checkpoint=" + financed, auditor))
                .at("/memberLines/0/line");
        assertThat(replayed.value().memberLines().get(0).line().available().amount().toPlainString())
                .isEqualTo(line.at("/available/amount").asText());
        assertThat(replayed.value().memberLines().get(0).line().used().amount().toPlainString())
                .isEqualTo(line.at("/used/amount").asText());

        assertStatus(api.post(V1 + "/audit/exports", cast.bankKey, "{\"scope\": {\"funder\": \"" + cast.bank + "\"}}"), 202);
        assertStatus(api.post(V1 + "/audit/exports", cast.coreKey, "{\"scope\": {\"program\": \"" + P + "\"}}"), 202);
        assertStatus(api.post(V1 + "/audit/exports", auditor, "{\"scope\": {\"funder\": \"" + cast.bank + "\"}}"), 202);
        assertProblem(api.post(V1 + "/audit/exports", cast.supplierKey, "{\"scope\": {\"program\": \"" + P + "\"}}"), 403,
                "forbidden", null);
        assertProblem(api.post(V1 + "/audit/exports", cast.coreKey, "{\"scope\": {\"funder\": \"" + cast.bank + "\"}}"), 403,
                "forbidden", null);
        assertProblem(api.post(V1 + "/audit/exports", cast.bankKey, "{\"scope\": {\"program\": \"" + P + "\", \"funder\": \""
                + cast.bank + "\"}}"), 400, "invalid-value", "scope");
    }

    @Test
    void only_auditors_and_the_operator_audit_and_a_job_is_its_partys_alone() {
        String job = assertStatus(api.post(V1 + "/audit/exports", auditor, "{}"), 202).json().path("id").asText();
        for (String path : List.of("/audit/replay?member=" + cast.supplier + "&program=" + P, "/audit/replay?financing=" + FINANCING,
                "/audit/diff?member=" + cast.supplier + "&from=" + admitted + "&to=" + financed)) {
            assertProblem(api.get(V1 + path, cast.supplierKey), 403, "forbidden", null);
        }
        for (String path : List.of("/audit/exports/" + job, "/audit/exports/" + job + "/file")) {
            assertProblem(api.get(V1 + path, cast.supplierKey), 404, "not-found", null);
        }
        assertThat(ok(api.get(V1 + "/audit/exports", cast.supplierKey)).findValuesAsText("id")).isEmpty();
        assertProblem(api.post(V1 + "/audit/exports", cast.supplierKey, "{}"), 403, "forbidden", null);
        assertProblem(api.post(V1 + "/audit/exports", cast.bankKey, "{}"), 403, "forbidden", null);

        assertProblem(api.get(V1 + "/audit/exports/" + job, operator), 404, "not-found", null);
        assertProblem(api.get(V1 + "/audit/exports/" + job + "/file", operator), 404, "not-found", null);
        assertThat(ok(api.get(V1 + "/audit/exports", operator)).findValuesAsText("id")).doesNotContain(job);
        String otherAuditor = register("au-auditor-2", "AUDITOR");
        assertProblem(api.get(V1 + "/audit/exports/" + job, otherAuditor), 404, "not-found", null);
    }

    @Test
    void contradictory_or_impossible_parameters_are_refused_naming_the_field() {
        String line = V1 + "/audit/replay?member=" + cast.supplier + "&program=" + P;
        assertProblem(api.get(line + "&checkpoint=" + admitted + "&position=3", auditor), 400, "invalid-value", "checkpoint");
        assertProblem(api.get(line + "&financing=" + FINANCING, auditor), 400, "invalid-value", "financing");
        assertProblem(api.get(V1 + "/audit/replay?checkpoint=" + admitted, auditor), 400, "missing-value", "member");
        assertProblem(api.get(line + "&position=" + Long.MAX_VALUE, auditor), 400, "invalid-value", "position");
        assertProblem(api.get(line + "&checkpoint=999999", auditor), 400, "invalid-value", "checkpoint");
        assertProblem(api.get(V1 + "/programs/" + P + "/members/" + cast.supplier + "?checkpoint=999999", auditor), 400,
                "invalid-value", "checkpoint");
        assertProblem(api.get(line + "&on=31.05.2026", auditor), 400, "invalid-value", "on");
        assertProblem(api.get(V1 + "/audit/diff?member=" + cast.supplier + "&from=" + financed + "&to=" + admitted, auditor), 400,
                "invalid-value", "to");
        assertProblem(api.get(V1 + "/audit/diff?member=" + cast.supplier + "&from=" + admitted, auditor), 400, "missing-value", "to");
        assertProblem(api.post(V1 + "/audit/exports", auditor, "{\"upToCheckpoint\": 999999}"), 400, "invalid-value", "upToCheckpoint");
        assertProblem(api.post(V1 + "/audit/exports", auditor, "{\"scope\": {\"desk\": \"" + P + "\"}}"), 400, "invalid-value",
                "scope");

        assertProblem(api.get(V1 + "/audit/replay?member=" + cast.distributor + "&program=" + P + "&checkpoint=" + admitted, auditor),
                404, "not-found", null);
        assertProblem(api.get(V1 + "/audit/replay?financing=" + FINANCING + "&checkpoint=" + admitted, auditor), 404, "not-found", null);
    }

    // ------------------------------------------------------------------ helpers

    private long checkpoint() {
        return checkpoints.takeIfGrown().orElseGet(() -> checkpoints.latest().orElseThrow()).number();
    }

    private JsonNode awaitDone(String href) {
        return awaitDone(href, auditor);
    }

    private JsonNode awaitDone(String href, String key) {
        long deadline = System.nanoTime() + JOB_WAIT.toNanos();
        JsonNode job;
        do {
            job = ok(api.get(href, key));
            assertThat(job.path("state").asText()).isIn("queued", "running", "done");
            assertThat(job.path("percent").asInt()).isBetween(0, 100);
            if (job.path("state").asText().equals("done")) {
                return job;
            }
            pause();
        } while (System.nanoTime() < deadline);
        return fail("export job %s did not finish: %s", href, job);
    }

    private static JsonNode ok(Answer answer) {
        return assertStatus(answer, 200).json();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
