package org.scfledger.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.audit.AuditDocuments.Consistency;
import org.scfledger.api.audit.AuditDocuments.Inclusion;
import org.scfledger.api.audit.AuditDocuments.SignedCheckpoint;
import org.scfledger.api.http.ApiJson;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.export.ExportProofs;
import org.scfledger.crypto.Hex;
import org.scfledger.crypto.MerkleTree;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ledger prove}: an inclusion or a consistency proof computed from an export, printed and checked. */
@Command(name = "prove", mixinStandardHelpOptions = true,
        description = {"Compute and check, from an export, the RFC 9162 proof that a record is in the tree a signed checkpoint"
                + " commits to (--event), or that one signed tree is a prefix of a later one (--consistency).",
                "The export is verified up to the checkpoint the proof ends in. docs/audit.md shows how to check a proof by hand."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the proof checks", "1:the export fails verification, or the proof does not check",
                "2:the file or key cannot be read, or the command line is wrong"})
final class ProveCommand implements Callable<Integer> {

    @Mixin
    AuditInput input;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--event", paramLabel = "POSITION", description = "Prove that the record at POSITION is in the ledger")
        @Nullable Long event;

        @Option(names = "--consistency", arity = "2", paramLabel = "CHECKPOINT",
                description = "Prove that the tree signed by checkpoint A is a prefix of the one signed by checkpoint B")
        @Nullable List<Long> consistency;
    }

    @Option(names = "--checkpoint", paramLabel = "N",
            description = "With --event: the checkpoint to prove against (default: the export's last)")
    @Nullable Long checkpoint;

    @Option(names = "--json", description = "Print JSON (the API's shape) instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportCommand.quietLibraryLogging();
        if (what.consistency != null && checkpoint != null) {
            err.println("ledger prove: --checkpoint goes with --event; --consistency names its two checkpoints itself");
            return VerifyCommand.CANNOT_VERIFY;
        }
        try (var in = input.open()) {
            var proofs = new ExportProofs(input.key());
            var progress = new ProgressPrinter(err, "verified");
            var proven = what.event != null ? proofs.inclusion(in, what.event, checkpoint, progress)
                    : proofs.consistency(in, what.consistency.get(0), what.consistency.get(1), progress);
            if (proven.failure() != null) {
                out.println("FAILED at " + proven.failure().describe());
                return VerifyCommand.FAILED;
            }
            List<SignedCheckpoint> signed = proven.checkpoints().stream().map(SignedCheckpoint::of).toList();
            Object document = proven.proof() instanceof org.scfledger.core.journal.InclusionProof inclusion
                    ? Inclusion.of(inclusion, signed.get(0))
                    : Consistency.of((org.scfledger.core.journal.ConsistencyProof) proven.proof(), signed.get(0), signed.get(1));
            if (json) {
                out.println(ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document));
            } else if (document instanceof Inclusion inclusion) {
                printInclusion(out, inclusion, proven.checkpoints().get(0));
            } else {
                printConsistency(out, (Consistency) document);
            }
            if (!json) {
                out.println(proven.checks() ? "OK: the proof checks against the signed root" + (signed.size() > 1 ? "s." : ".")
                        : "FAILED: the proof does not check.");
            }
            return proven.checks() ? VerifyCommand.VERIFIED : VerifyCommand.FAILED;
        } catch (AuditInput.CannotRun | IllegalArgumentException e) {
            err.println("ledger prove: " + e.getMessage());
            return VerifyCommand.CANNOT_VERIFY;
        } catch (IOException e) {
            err.println("ledger prove: cannot read " + input.file + ": " + e.getMessage());
            return VerifyCommand.CANNOT_VERIFY;
        }
    }

    private static void printInclusion(PrintWriter out, Inclusion proof, Checkpoint checkpoint) {
        var tree = new MerkleTree(checkpoint.suite().hash());
        out.println(String.format(Locale.ROOT, "Proof that the record at position %,d is in the tree of %s signed by checkpoint %d:",
                proof.position(), records(proof.treeSize()), proof.checkpoint().number()));
        out.println("  record hash        " + proof.recordHash());
        out.println("  leaf hash          " + Hex.encode(tree.leafHash(Hex.decode(proof.recordHash()))) + "   = H(0x00 || record hash)");
        out.println("  audit path (RFC 9162, from the leaf up):" + (proof.path().isEmpty() ? " none: the tree is this one leaf" : ""));
        for (int i = 0; i < proof.path().size(); i++) {
            out.println(String.format(Locale.ROOT, "    %2d  %s", i + 1, proof.path().get(i)));
        }
        out.println("  root               " + proof.rootHash());
        signedBy(out, proof.checkpoint());
    }

    private static void printConsistency(PrintWriter out, Consistency proof) {
        out.println(String.format(Locale.ROOT, "Proof that the tree of %s signed by checkpoint %d is a prefix of the tree of %s"
                + " signed by checkpoint %d:", records(proof.fromSize()), proof.from().number(), records(proof.toSize()), proof.to().number()));
        out.println("  older root         " + proof.fromRoot());
        out.println("  newer root         " + proof.toRoot());
        out.println("  proof (RFC 9162 section 2.1.4):");
        for (int i = 0; i < proof.path().size(); i++) {
            out.println(String.format(Locale.ROOT, "    %2d  %s", i + 1, proof.path().get(i)));
        }
        signedBy(out, proof.from());
        signedBy(out, proof.to());
    }

    private static String records(long count) {
        return String.format(Locale.ROOT, "%,d record%s", count, count == 1 ? "" : "s");
    }

    private static void signedBy(PrintWriter out, SignedCheckpoint checkpoint) {
        out.println(String.format(Locale.ROOT, "  checkpoint %d      signed %s by key %s (%s); signature %s verified",
                checkpoint.number(), checkpoint.createdAt(), checkpoint.keyFingerprint(), checkpoint.suite(),
                checkpoint.signature().substring(0, 16) + "…"));
    }
}
