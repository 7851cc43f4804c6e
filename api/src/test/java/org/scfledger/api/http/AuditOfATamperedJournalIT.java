package org.scfledger.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.scfledger.core.journal.Checkpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A journal changed in PostgreSQL, below the application (triggers off, as only the schema's owner could): the server's
 * own audit refuses to answer from it and names the position. A server and database of its own, thrown away after.
 */
@TestPropertySource(properties = "ledger.audit.concurrent-exports=1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditOfATamperedJournalIT extends ApiTestServer {

    @Autowired
    DataSource database;

    @Autowired
    Checkpoints checkpoints;

    @Test
    void a_replay_over_an_edited_record_fails_verification_at_its_position() throws SQLException {
        String auditor = register("tj-auditor", "AUDITOR");
        register("tj-supplier", "SUPPLIER");
        long edited = journalSize() - 1;
        checkpoints.takeIfGrown();
        assertThat(api.get(V1 + "/audit/replay?program=tj-P", auditor).status()).as("nothing wrong yet: no such program").isEqualTo(404);

        try (var connection = database.getConnection(); var tamper = connection.createStatement()) {
            tamper.execute("alter table journal_event disable trigger all");
            assertThat(tamper.executeUpdate("update journal_event set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                    + " 'Co., Ltd.', 'Holdings'), 'UTF8') where position = " + edited)).isEqualTo(1);
            tamper.execute("alter table journal_event enable trigger all");
        }

        JsonNode problem = assertProblem(api.get(V1 + "/audit/replay?program=tj-P", auditor), 500, "journal-verification-failed", null);
        assertThat(problem.path("position").asLong()).isEqualTo(edited);
        assertThat(problem.path("detail").asText()).contains("position " + edited, "does not match its hash");
    }
}
