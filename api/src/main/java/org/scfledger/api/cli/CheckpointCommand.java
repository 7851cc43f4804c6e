package org.scfledger.api.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scfledger.core.journal.Checkpoints;
import org.scfledger.crypto.Hex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ledger checkpoint}: signs the journal as it stands now, on demand, besides the server's schedule. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = {"Sign a checkpoint of the journal now: its size, Merkle root and chain head, with the ledger's key.",
                "Uses the database of the ledger server running on the data folder, or starts it if none runs."})
final class CheckpointCommand implements Callable<Integer> {

    @Mixin
    LedgerDatabaseOptions ledger;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ExportCommand.quietLibraryLogging();
        try (var open = ledger.open("checkpoint")) {
            var checkpoint = new Checkpoints(open.journal(), open.signer(), Clock.systemUTC()).take();
            out.println(String.format(Locale.ROOT, "Checkpoint %d signed: %,d records", checkpoint.number(), checkpoint.treeSize()));
            out.println("  root:      " + Hex.encode(checkpoint.rootHash()));
            out.println("  head hash: " + Hex.encode(checkpoint.headHash()));
            out.println("  key:       " + checkpoint.keyFingerprint() + " (" + checkpoint.suite().suiteName() + ")");
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("ledger checkpoint: " + ExportCommand.rootMessage(e));
            return 1;
        }
    }
}
