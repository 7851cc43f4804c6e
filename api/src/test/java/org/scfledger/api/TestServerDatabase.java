package org.scfledger.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.scfledger.core.testing.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a server under test at a fresh database of its own and a throw-away data folder (for its keys). */
final class TestServerDatabase {

    private TestServerDatabase() {
    }

    static void register(DynamicPropertyRegistry registry) {
        var database = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        try {
            var dataDir = Files.createTempDirectory("ledger-server-test");
            registry.add("ledger.data-dir", dataDir::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
