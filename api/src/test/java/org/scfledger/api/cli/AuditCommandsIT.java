package org.scfledger.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scfledger.api.http.ApiJson;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.JournalProofs;
import org.scfledger.core.journal.export.ExportProgress;
import org.scfledger.core.journal.export.JournalExporter;
import org.scfledger.crypto.Hex;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.testing.LiveViews;
import org.scfledger.projections.testing.RandomHistory;
import org.scfledger.projections.testing.ReadSideHarness;

/**
 * {@code ledger replay}, {@code prove} and {@code diff} run in-process on an export of a random history, as an auditor
 * runs them: the figures they print are the live read models' at each checkpoint, and the proofs are the server's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditCommandsIT {

    @TempDir
    static Path dir;

    final ReadSideHarness ledger = new ReadSideHarness();
    final List<Checkpoint> checkpoints = new ArrayList<>();
    final List<LiveViews> shown = new ArrayList<>();
    Path export;
    Path publicKey;

    @BeforeAll
    void history() throws IOException {
        RandomHistory history = RandomHistory.begin(ledger.axon, 99L);
        for (int i = 0; i < 3; i++) {
            history.run(250);
            ledger.awaitCaughtUp();
            checkpoints.add(ledger.checkpoints.take());
            shown.add(LiveViews.live(ledger.queries, checkpoints.get(i).treeSize(), history.today()));
        }
        export = dir.resolve("ledger.jsonl");
        try (OutputStream out = Files.newOutputStream(export)) {
            new JournalExporter(ledger.journal, ledger.signer, ReadSideHarness.CLOCK).export(out, ExportProgress.none());
        }
        publicKey = dir.resolve("ledger-key.pub.pem");
        Files.writeString(publicKey, ledger.signer.publicKey().toPem());
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    @Test
    void replay_prints_a_members_line_as_the_live_read_model_showed_it_at_the_checkpoint() throws IOException {
        LiveViews live = shown.get(1);
        MemberLineView line = live.memberLines().values().iterator().next();
        var run = ExportVerifyCommandsIT.run("replay", export.toString(), "--public-key", publicKey.toString(), "--as-of",
                "checkpoint", "1", "--member", line.member().value(), "--program", line.programId().value(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = ApiJson.mapper().readTree(run.out());
        assertThat(answer.at("/asOf").asText()).isEqualTo("checkpoint 1");
        assertThat(answer.at("/anchor/number").asLong()).isEqualTo(1);
        assertThat(answer.at("/anchor/rootHash").asText()).isEqualTo(Hex.encode(checkpoints.get(1).rootHash()));
        assertThat(answer.at("/journalSize").asLong()).isEqualTo(checkpoints.get(1).treeSize());
        JsonNode replayed = answer.at("/memberLines/0/line");
        assertThat(replayed.at("/member").asText()).isEqualTo(line.member().value());
        assertThat(replayed.at("/available/amount").asText()).isEqualTo(line.available().amount().toPlainString());
        assertThat(replayed.at("/used/amount").asText()).isEqualTo(line.used().amount().toPlainString());
        assertThat(replayed.at("/memberLimit/amount").asText()).isEqualTo(line.memberLimit().amount().toPlainString());
        assertThat(replayed.at("/contributions")).hasSize(line.contributions().size());
        JsonNode firstStep = answer.at("/memberLines/0/steps/0/evidence");
        assertThat(firstStep.at("/eventType").asText()).isEqualTo("ProgramCreated");
        var record = ledger.journal.records(firstStep.at("/position").asLong(), firstStep.at("/position").asLong() + 1, 1).get(0);
        assertThat(firstStep.at("/recordHash").asText()).isEqualTo(Hex.encode(record.hash()));

        var table = ExportVerifyCommandsIT.run("replay", export.toString(), "--public-key", publicKey.toString(), "--as-of",
                "checkpoint", "1", "--member", line.member().value(), "--program", line.programId().value());
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("Credit line of " + line.member().value())
                .contains("Anchored to checkpoint 1")
                .containsPattern("available\\s+" + line.available().amount().toPlainString() + " CNY")
                .contains("ProgramCreated");
    }

    @Test
    void replay_prints_a_financings_repayment_position() throws IOException {
        LiveViews live = shown.get(2);
        FinancingView financing = live.financings().values().stream().filter(f -> f.position() != null).findFirst().orElseThrow();
        var run = ExportVerifyCommandsIT.run("replay", export.toString(), "--public-key", publicKey.toString(), "--as-of",
                "checkpoint", "2", "--financing", financing.financingId().value(), "--on", live.valuedOn().toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode replayed = ApiJson.mapper().readTree(run.out()).at("/financing");
        assertThat(replayed.at("/status").asText()).isEqualTo(financing.status().name());
        assertThat(replayed.at("/position/outstandingPrincipal/amount").asText())
                .isEqualTo(financing.position().outstandingPrincipal().amount().toPlainString());
        assertThat(replayed.at("/position/payoffAmount/amount").asText())
                .isEqualTo(financing.position().payoffAmount().amount().toPlainString());
        assertThat(replayed.at("/schedule")).hasSize(financing.schedule().size());

        var table = ExportVerifyCommandsIT.run("replay", export.toString(), "--public-key", publicKey.toString(), "--as-of",
                "checkpoint", "2", "--financing", financing.financingId().value(), "--on", live.valuedOn().toString());
        assertThat(table.out()).contains("Position on " + live.valuedOn())
                .containsPattern("payoff amount\\s+" + financing.position().payoffAmount().amount().toPlainString());
    }

    @Test
    void prove_gives_the_servers_proofs_and_checks_them() throws IOException {
        Checkpoint last = checkpoints.get(2);
        long position = last.treeSize() / 3;
        var run = ExportVerifyCommandsIT.run("prove", export.toString(), "--public-key", publicKey.toString(), "--event",
                Long.toString(position), "--checkpoint", "2", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode proof = ApiJson.mapper().readTree(run.out());
        var server = new JournalProofs(ledger.journal).inclusion(position, last.treeSize());
        assertThat(proof.at("/rootHash").asText()).isEqualTo(Hex.encode(last.rootHash()));
        List<String> path = new ArrayList<>();
        proof.at("/path").forEach(node -> path.add(node.asText()));
        assertThat(path).containsExactlyElementsOf(server.path().stream().map(Hex::encode).toList());
        var text = ExportVerifyCommandsIT.run("prove", export.toString(), "--public-key", publicKey.toString(), "--event",
                Long.toString(position));
        assertThat(text.out()).contains("audit path (RFC 9162").contains(Hex.encode(server.recordHash()))
                .contains("OK: the proof checks against the signed root.");

        var consistency = ExportVerifyCommandsIT.run("prove", export.toString(), "--public-key", publicKey.toString(),
                "--consistency", "1", "2");
        assertThat(consistency.exitCode()).as(consistency.err()).isZero();
        var serverConsistency = new JournalProofs(ledger.journal).consistency(checkpoints.get(1).treeSize(), last.treeSize());
        for (byte[] hash : serverConsistency.path()) {
            assertThat(consistency.out()).contains(Hex.encode(hash));
        }
        assertThat(consistency.out()).contains("OK: the proof checks");
    }

    @Test
    void diff_leads_from_one_checkpoints_line_to_the_next() throws IOException {
        MemberLineView before = null;
        MemberLineView after = null;
        for (var entry : shown.get(2).memberLines().entrySet()) {
            before = shown.get(1).memberLines().get(entry.getKey());
            after = entry.getValue();
            if (before != null && !before.used().equals(after.used())) {
                break;
            }
        }
        var run = ExportVerifyCommandsIT.run("diff", export.toString(), "--public-key", publicKey.toString(), "--from", "1",
                "--to", "2", "--member", after.member().value(), "--program", after.programId().value());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("from checkpoint 1").contains("to checkpoint 2");
        if (!before.used().equals(after.used())) {
            assertThat(run.out()).containsPattern("used\\s+" + before.used().amount().toPlainString() + " CNY  ->  ");
            assertThat(run.out()).contains("->  " + after.used().amount().toPlainString() + " CNY");
        }
    }

    @Test
    void a_tampered_export_is_refused_with_the_position() throws IOException {
        byte[] bytes = Files.readAllBytes(export);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf("\"position\":42,") - 40;
        bytes[at] = (byte) (bytes[at] == '1' ? '2' : '1');
        Path tampered = dir.resolve("tampered.jsonl");
        Files.write(tampered, bytes);
        MemberLineView line = shown.get(2).memberLines().values().iterator().next();
        var run = ExportVerifyCommandsIT.run("replay", tampered.toString(), "--public-key", publicKey.toString(), "--member",
                line.member().value());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAILED at position 42: ");
    }

    @Test
    void bad_command_lines_say_what_is_wrong() {
        var noSubject = ExportVerifyCommandsIT.run("replay", export.toString(), "--public-key", publicKey.toString());
        assertThat(noSubject.exitCode()).isEqualTo(2);
        assertThat(noSubject.err()).contains("say what to replay");
        var badAsOf = ExportVerifyCommandsIT.run("replay", export.toString(), "--public-key", publicKey.toString(), "--as-of",
                "checkpoint", "x", "--program", "p");
        assertThat(badAsOf.err()).contains("a checkpoint number is a whole number from 0, not 'x'");
        var noCheckpoint = ExportVerifyCommandsIT.run("replay", export.toString(), "--public-key", publicKey.toString(), "--as-of",
                "checkpoint", "99", "--program", "p");
        assertThat(noCheckpoint.exitCode()).isEqualTo(2);
        assertThat(noCheckpoint.err()).contains("the export has no checkpoint 99");
        var unknown = ExportVerifyCommandsIT.run("replay", export.toString(), "--public-key", publicKey.toString(), "--financing",
                "no-such-financing");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("financing no-such-financing did not exist as of head");
    }
}
