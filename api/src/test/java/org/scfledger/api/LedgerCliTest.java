package org.scfledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.scfledger.api.cli.LedgerCli;
import picocli.CommandLine;

class LedgerCliTest {

    @Test
    void help_lists_every_subcommand() {
        var out = new StringWriter();
        var cli = new CommandLine(new LedgerCli()).setOut(new PrintWriter(out));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("serve", "export", "verify", "replay", "keys");
    }

    @Test
    void a_subcommand_of_a_later_version_says_so_and_fails() {
        var err = new StringWriter();
        var cli = new CommandLine(new LedgerCli()).setErr(new PrintWriter(err));
        var originalErr = System.err;
        var captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            assertThat(cli.execute("replay", "export.jsonl")).isEqualTo(2);
        } finally {
            System.setErr(originalErr);
        }
        assertThat(captured.toString()).contains("ledger replay: not yet available");
    }

    @Test
    void an_unknown_option_is_refused_with_usage() {
        var err = new StringWriter();
        var cli = new CommandLine(new LedgerCli()).setErr(new PrintWriter(err));
        assertThat(cli.execute("serve", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
    }
}
