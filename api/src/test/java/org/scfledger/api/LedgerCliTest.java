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
        assertThat(out.toString()).contains("serve", "export", "verify", "replay", "prove", "diff", "keys");
    }

    @Test
    void the_audit_subcommands_refuse_a_missing_key_with_a_clear_message() {
        var err = new StringWriter();
        var cli = new CommandLine(new LedgerCli()).setErr(new PrintWriter(err));
        assertThat(cli.execute("replay", "export.jsonl", "--public-key", "no-such-key.pem", "--program", "P-1")).isEqualTo(2);
        assertThat(err.toString()).contains("ledger replay: no public key file no-such-key.pem");
    }

    @Test
    void an_unknown_option_is_refused_with_usage() {
        var err = new StringWriter();
        var cli = new CommandLine(new LedgerCli()).setErr(new PrintWriter(err));
        assertThat(cli.execute("serve", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void keys_shows_the_public_key_and_copies_it_for_auditors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        var keyDir = temp.resolve("keys");
        var signer = org.scfledger.core.journal.LedgerSigner.loadOrCreate(keyDir, org.scfledger.crypto.AlgorithmSuite.SHA256_ED25519);
        var out = new StringWriter();
        var cli = new CommandLine(new LedgerCli()).setOut(new PrintWriter(out));
        var copy = temp.resolve("for-the-auditor.pem");
        assertThat(cli.execute("keys", "--data-dir", temp.toString(), "--public-key-out", copy.toString())).isZero();
        assertThat(out.toString()).contains("ED25519", signer.publicKey().fingerprint(), "BEGIN PUBLIC KEY");
        assertThat(org.scfledger.crypto.LedgerPublicKey.readFrom(copy)).isEqualTo(signer.publicKey());

        var err = new StringWriter();
        var empty = new CommandLine(new LedgerCli()).setErr(new PrintWriter(err));
        assertThat(empty.execute("keys", "--data-dir", temp.resolve("nothing-here").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no ledger key");
    }
}
