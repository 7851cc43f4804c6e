package org.scfledger.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point of {@code ledger.jar}: {@code ledger serve}, and the offline tools beside it. */
@Command(
        name = "ledger",
        mixinStandardHelpOptions = true,
        versionProvider = LedgerVersion.class,
        description = "The N+1+N supply-chain finance ledger: an append-only, hash-chained journal with credit-line projections.",
        subcommands = {ServeCommand.class, ExportCommand.class, VerifyCommand.class, CheckpointCommand.class,
                ReplayCommand.class, ProveCommand.class, DiffCommand.class, KeysCommand.class, ApiKeyCommand.class})
public final class LedgerCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // The jar itself never reaches out to the network for Axon's update check.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        int exitCode = new CommandLine(new LedgerCli()).execute(args);
        if (exitCode != ServeCommand.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
