package org.scfledger.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;

/** A scope's name in a slice's header, and what its tracker decides without decoding anything. */
class AuditScopeTest {

    @Test
    void a_scope_is_named_by_its_plain_id_and_read_back() {
        var program = AuditScope.program("prog-a");
        var funder = AuditScope.funder("bank-1");

        assertThat(program.toJson()).isEqualTo("{\"program\":\"prog-a\"}");
        assertThat(funder.toJson()).isEqualTo("{\"funder\":\"bank-1\"}");
        assertThat(program.describe()).isEqualTo("program prog-a");
        assertThat(funder.describe()).isEqualTo("funder bank-1");
        assertThat(AuditScope.parse(program.toJson())).isEqualTo(new AuditScope.OfProgram(ProgramId.of("prog-a")));
        assertThat(AuditScope.parse(funder.toJson())).isEqualTo(new AuditScope.OfFunder(PartyId.of("bank-1")));
    }

    @Test
    void anything_else_is_not_a_scope() {
        for (String json : new String[] {"[]", "{}", "{\"program\":1}", "{\"program\":\"a\",\"funder\":\"b\"}",
                "{\"invoice\":\"x\"}", "{\"program\":\"no spaces\"}", "not json"}) {
            assertThatThrownBy(() -> AuditScope.parse(json)).as(json).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_program_scope_admits_its_program_by_id_and_nothing_outside_programs_and_financings() {
        var tracker = AuditScope.program("prog-a").tracker();

        assertThat(tracker.admits(record(0, "Program", "program:prog-a", 3L))).isTrue();
        assertThat(tracker.admits(record(1, "Program", "program:prog-b", 0L))).isFalse();
        assertThat(tracker.admits(record(2, "Party", "party:prog-a", 0L))).isFalse();
        assertThat(tracker.admits(record(3, null, null, null))).isFalse();
        // A financing's later record says nothing of its program: without its first record, it is not in scope.
        assertThat(tracker.admits(record(4, "Financing", "financing:F-1", 2L))).isFalse();
    }

    private static JournalRecord record(long position, String type, String aggregate, Long sequence) {
        return new JournalRecord(position, "event-" + position, type, aggregate, sequence, "org.example.Unknown", null,
                Instant.parse("2026-01-01T00:00:00Z"), "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8),
                new byte[32], new byte[32]);
    }
}
