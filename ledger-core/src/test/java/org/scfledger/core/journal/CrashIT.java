package org.scfledger.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfledger.core.postgres.PostgresServers;

/** kill -9 of a ledger process in the middle of sustained appends loses nothing it acknowledged. */
class CrashIT {

    private static final int ACKS_BEFORE_KILL = 3_000;

    @TempDir
    Path temp;

    @Test
    void after_kill_minus_nine_every_acknowledged_event_is_there_the_chain_verifies_and_appends_continue() throws Exception {
        Path dataDir = temp.resolve("postgres");
        Set<String> acknowledged = new HashSet<>();
        for (String round : List.of("first", "second")) {
            acknowledged.addAll(runAndKill(dataDir, round));
        }

        try (var server = PostgresServers.selfStarted(dataDir)) { // stops the orphaned postmaster first
            var config = new HikariConfig();
            config.setJdbcUrl(server.jdbcUrl(server.defaultDatabase()));
            config.setUsername("ledger_app");
            try (var dataSource = new HikariDataSource(config); var journal = Journal.open(dataSource, JournalSettings.defaults())) {
                var records = JournalChecks.assertIntact(journal);
                var stored = new HashSet<String>();
                records.forEach(record -> stored.add(record.eventId()));
                assertThat(stored).containsAll(acknowledged);
                assertThat(records.size()).isGreaterThanOrEqualTo(acknowledged.size());

                var engine = HashChainedEventStorageEngine.builder().journal(journal).eventSerializer(Events.SERIALIZER).build();
                engine.appendEvents(Events.invoice("after-the-crash", 0));
                var after = JournalChecks.assertIntact(journal);
                assertThat(after).hasSize(records.size() + 1);
                assertThat(after.get(after.size() - 1).aggregateId()).isEqualTo("after-the-crash");
            }
        }
    }

    /** Runs a loaded ledger process, kills it with SIGKILL once it has acknowledged enough, returns what it acknowledged. */
    private static Set<String> runAndKill(Path dataDir, String round) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashLoad.class.getName(), dataDir.toString(), round)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        var acknowledged = new HashSet<String>();
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                    if (acknowledged.size() == ACKS_BEFORE_KILL) {
                        process.toHandle().destroyForcibly(); // SIGKILL, no shutdown hook; the pipe keeps what was printed
                    }
                }
            }
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        return acknowledged;
    }
}
