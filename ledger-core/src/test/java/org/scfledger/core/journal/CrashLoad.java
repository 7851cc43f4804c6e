package org.scfledger.core.journal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import org.flywaydb.core.Flyway;
import org.scfledger.core.postgres.PostgresServer;
import org.scfledger.core.postgres.PostgresServers;

/**
 * A ledger process under sustained append load, for {@link CrashIT}: owns its self-started PostgreSQL in the
 * given folder and prints "ACK id" for every event only after its append returned (that is, was durable).
 */
public final class CrashLoad {

    private CrashLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PostgresServer server = PostgresServers.selfStarted(dataDir);
        String url = server.jdbcUrl(server.defaultDatabase());
        Flyway.configure().dataSource(url, server.username(), server.password())
                .placeholders(Map.of("appRole", "ledger_app")).load().migrate();
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("ledger_app");
        config.setMaximumPoolSize(8);
        var journal = Journal.open(new HikariDataSource(config), JournalSettings.defaults());
        var engine = HashChainedEventStorageEngine.builder().journal(journal).eventSerializer(Events.SERIALIZER).build();
        out.println("READY");
        var writers = Executors.newFixedThreadPool(8);
        for (int w = 0; w < 8; w++) {
            String prefix = args[1] + "-" + w + "-";
            writers.submit(() -> {
                for (long i = 0; ; i++) {
                    var event = Events.invoice(prefix + i, 0);
                    engine.appendEvents(event);
                    synchronized (out) {
                        out.println("ACK " + event.getIdentifier());
                    }
                }
            });
        }
        Thread.currentThread().join(); // until killed
    }
}
