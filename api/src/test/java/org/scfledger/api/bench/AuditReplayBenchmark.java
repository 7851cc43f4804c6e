package org.scfledger.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scfledger.api.http.ApiJson;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.core.journal.HashChainedEventStorageEngine;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.JournalSettings;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.journal.export.ExportProgress;
import org.scfledger.core.journal.export.JournalExporter;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.core.testing.JournalDatabase;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.asof.AsOfReplay;
import org.scfledger.projections.bench.LedgerScenario;
import org.scfledger.projections.creditline.MemberLineView;

/**
 * The auditor's replay at scale: a journal of {@code bench.audit.events} (1,000,000) consistent ledger events (the
 * read-side benchmark's scenario: 40 programs of 50 members), checkpointed every second while it fills, exported to
 * a file; then the release jar's {@code ledger replay} for one member of the largest program, as an auditor runs it:
 * a fresh JVM with {@code -Xmx256m}, verifying the whole export up to its last checkpoint. Timed from process start
 * to exit; the answer is checked against the as-of replay of the database, and the peak resident memory is read by
 * {@code /usr/bin/time}. Writes {@code target/benchmarks/audit-replay.md}.
 */
public final class AuditReplayBenchmark {

    private final long events = Long.getLong("bench.audit.events", 1_000_000);
    private final int programs = Integer.getInteger("bench.audit.programs", 40);
    private final int members = Integer.getInteger("bench.audit.members", 50);
    private final Path jar = Path.of(System.getProperty("bench.jar", "target/ledger.jar"));
    private final Path output = Path.of(System.getProperty("bench.output", "target/benchmarks/audit-replay.md"));
    private final List<String> report = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        var benchmark = new AuditReplayBenchmark();
        benchmark.run();
        System.exit(benchmark.problems.isEmpty() ? 0 : 1);
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("audit-bench");
        try (var database = JournalDatabase.create(12)) {
            var journal = Journal.open(database.app(), JournalSettings.defaults());
            var signer = LedgerSigner.loadOrCreate(work.resolve("keys"), journal.suite());
            var checkpoints = new Checkpoints(journal, signer, Clock.systemUTC());
            var scenario = new LedgerScenario.Program[programs];
            for (int p = 0; p < programs; p++) {
                scenario[p] = new LedgerScenario.Program(String.format(Locale.ROOT, "P%02d", p), members, 4 * members, 7 + p);
            }
            long started = System.nanoTime();
            fill(journal, checkpoints, scenario);
            checkpoints.takeIfGrown();
            double fillSeconds = (System.nanoTime() - started) / 1e9;

            Path export = work.resolve("ledger.jsonl");
            started = System.nanoTime();
            long checkpointCount;
            try (OutputStream out = Files.newOutputStream(export)) {
                checkpointCount = new JournalExporter(journal, signer, Clock.systemUTC()).export(out, ExportProgress.none()).checkpoints();
            }
            double exportSeconds = (System.nanoTime() - started) / 1e9;
            Path key = work.resolve("ledger-key.pub.pem");
            Files.writeString(key, signer.publicKey().toPem());
            line("# Audit replay of one member's line from an export");
            line("");
            line(String.format(Locale.ROOT, "- Journal: %,d events (%d programs of %d members), filled in %.1f s; %,d checkpoints"
                    + " (one a second while it filled); export %,d MB written in %.1f s.", journal.head().size(), programs, members,
                    fillSeconds, checkpointCount, Files.size(export) >> 20, exportSeconds));

            var largest = largestProgram(database);
            LedgerScenario.Program program = null;
            for (var p : scenario) {
                if (p.aggregateId.equals(largest[0])) {
                    program = p;
                }
            }
            PartyId member = program.members.get(program.members.size() / 2);
            MemberLineView expected = new AsOfReplay(journal, checkpoints).memberLine(program.id, member, AsOf.head()).orElseThrow();
            line(String.format(Locale.ROOT, "- Subject: %s in %s, the program with the most events (%s of the journal's).",
                    member.value(), program.id.value(), largest[1]));
            line("");
            line("| run | command | wall time (s), JVM start to exit | peak RSS (MB) | progress lines | answer |");
            line("| --- | --- | ---: | ---: | ---: | --- |");
            for (int run = 1; run <= 3; run++) {
                replay(run, export, key, List.of("--member", member.value(), "--program", program.id.value(), "--json"), expected);
            }
            replay(4, export, key, List.of("--member", member.value(), "--json"), expected);
            replay(5, export, key, List.of("--member", member.value(), "--program", program.id.value()), null);
            verify(export, key);
            journal.close();
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        line("");
        problems.forEach(problem -> line("- PROBLEM: " + problem));
        Files.createDirectories(output.getParent());
        Files.write(output, report, StandardCharsets.UTF_8);
    }

    /** Four writers append the programs' units; a checkpoint is signed every second meanwhile. */
    private void fill(Journal journal, Checkpoints checkpoints, LedgerScenario.Program[] scenario) throws Exception {
        var engine = HashChainedEventStorageEngine.builder().journal(journal).eventSerializer(LedgerJson.serializer())
                .snapshotSerializer(LedgerJson.serializer()).build();
        LedgerScenario.append(engine, scenario, events, 4, checkpoints::takeIfGrown);
    }

    private void replay(int run, Path export, Path key, List<String> subject, MemberLineView expected) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "rss-kb=%M", System.getProperty("java.home") + "/bin/java",
                "-Xmx256m", "-jar", jar.toString(), "replay", export.toString(), "--public-key", key.toString()));
        command.addAll(subject);
        var result = execute(command);
        String answer = "-";
        if (result.exit != 0) {
            problems.add("replay run " + run + " exited " + result.exit + ": " + result.err);
        } else if (expected != null) {
            JsonNode json = ApiJson.mapper().readTree(result.out);
            JsonNode line = json.at("/memberLines/0/line");
            boolean same = line.at("/available/amount").asText().equals(expected.available().amount().toPlainString())
                    && line.at("/used/amount").asText().equals(expected.used().amount().toPlainString())
                    && line.at("/memberLimit/amount").asText().equals(expected.memberLimit().amount().toPlainString())
                    && line.at("/contributions").size() == expected.contributions().size();
            answer = String.format(Locale.ROOT, "%s; available %s, %,d events of evidence", same ? "same as the database's as-of replay"
                    : "**DIFFERS**", line.at("/available/amount").asText(), json.at("/memberLines/0/steps").size());
            if (!same) {
                problems.add("replay run " + run + " differs from the as-of replay: " + line);
            }
        } else {
            answer = result.out.contains("Credit line of") ? "table printed" : "**no table**";
        }
        line(String.format(Locale.ROOT, "| %d | `ledger replay EXPORT --public-key KEY %s` | %.2f | %d | %d | %s |", run,
                String.join(" ", subject), result.seconds, result.rssKb / 1024, result.progressLines, answer));
    }

    private void verify(Path export, Path key) throws Exception {
        var result = execute(List.of("/usr/bin/time", "-f", "rss-kb=%M", System.getProperty("java.home") + "/bin/java",
                "-Xmx256m", "-jar", jar.toString(), "verify", export.toString(), "--public-key", key.toString()));
        line(String.format(Locale.ROOT, "| - | `ledger verify EXPORT --public-key KEY` (for comparison) | %.2f | %d | %d | %s |",
                result.seconds, result.rssKb / 1024, result.progressLines, result.exit == 0 ? "OK" : "**FAILED**"));
    }

    private record Result(int exit, String out, String err, double seconds, long rssKb, long progressLines) {
    }

    private static Result execute(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("replay", ".out");
        Path err = Files.createTempFile("replay", ".err");
        long started = System.nanoTime();
        int exit = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        String stdout = Files.readString(out);
        String stderr = Files.readString(err);
        long rss = stderr.lines().filter(l -> l.startsWith("rss-kb=")).mapToLong(l -> Long.parseLong(l.substring(7).trim()))
                .findFirst().orElse(-1);
        long progress = stderr.lines().filter(l -> l.startsWith("verified ")).count();
        Files.delete(out);
        Files.delete(err);
        return new Result(exit, stdout, stderr, seconds, rss, progress);
    }

    private static String[] largestProgram(JournalDatabase database) throws SQLException {
        try (var connection = database.app().getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery("select aggregate_id, count(*) from journal_event where aggregate_type = 'Program'"
                        + " group by aggregate_id order by 2 desc limit 1")) {
            result.next();
            return new String[] {result.getString(1), String.format(Locale.ROOT, "%,d", result.getLong(2))};
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }
}
