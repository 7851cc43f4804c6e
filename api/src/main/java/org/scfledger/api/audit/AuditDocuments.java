package org.scfledger.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.ConsistencyProof;
import org.scfledger.core.journal.InclusionProof;
import org.scfledger.core.party.PartyId;
import org.scfledger.crypto.Hex;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.audit.Evidence;
import org.scfledger.projections.audit.LineChanges;
import org.scfledger.projections.audit.LineDiff;
import org.scfledger.projections.audit.MemberLineReplay;
import org.scfledger.projections.audit.ReplayReport;
import org.scfledger.projections.creditline.ProgramLineView;
import org.scfledger.projections.financing.FinancingView;

/**
 * The JSON shapes of the audit answers, the same whether the server gives them or {@code ledger replay}, {@code prove}
 * and {@code diff} compute them from an export: hashes and signatures as lowercase hex.
 */
public final class AuditDocuments {

    private AuditDocuments() {
    }

    public record SignedCheckpoint(long number, long treeSize, String rootHash, String headHash, Instant createdAt,
            String suite, String keyFingerprint, String signature) {

        public static SignedCheckpoint of(Checkpoint checkpoint) {
            return new SignedCheckpoint(checkpoint.number(), checkpoint.treeSize(), Hex.encode(checkpoint.rootHash()),
                    Hex.encode(checkpoint.headHash()), checkpoint.createdAt(), checkpoint.suite().suiteName(),
                    checkpoint.keyFingerprint(), Hex.encode(checkpoint.signature()));
        }
    }

    /** The RFC 9162 audit path of a record, bottom-up, and the signed checkpoint whose root it leads to. */
    public record Inclusion(long position, long treeSize, String recordHash, List<String> path, String rootHash,
            SignedCheckpoint checkpoint) {

        public static Inclusion of(InclusionProof proof, SignedCheckpoint checkpoint) {
            return new Inclusion(proof.position(), proof.treeSize(), Hex.encode(proof.recordHash()),
                    proof.path().stream().map(Hex::encode).toList(), Hex.encode(proof.rootHash()), checkpoint);
        }
    }

    public record Consistency(long fromSize, long toSize, String fromRoot, String toRoot, List<String> path,
            SignedCheckpoint from, SignedCheckpoint to) {

        public static Consistency of(ConsistencyProof proof, SignedCheckpoint from, SignedCheckpoint to) {
            return new Consistency(proof.fromSize(), proof.toSize(), Hex.encode(proof.fromRoot()), Hex.encode(proof.toRoot()),
                    proof.path().stream().map(Hex::encode).toList(), from, to);
        }
    }

    /**
     * A replay's answer: as of what ({@code "checkpoint 3"}, {@code "position 1200"}, {@code "instant …"},
     * {@code "head"}), anchored to which signed checkpoint, covering how many records, from a full export or a slice
     * ({@code slice}: its scope), and what it found.
     */
    public record Replay(String asOf, SignedCheckpoint anchor, long journalSize, LocalDate valuedOn, @Nullable String slice,
            List<MemberLineReplay> memberLines, @Nullable ProgramLineView programLine, @Nullable FinancingView financing,
            List<Evidence> evidence) {

        public static Replay of(ReplayReport report) {
            return new Replay(describe(report.asOf()), SignedCheckpoint.of(report.anchor()), report.journalSize(),
                    report.valuedOn(), report.slice(), report.memberLines(), report.programLine(), report.financing(),
                    report.evidence());
        }
    }

    public record Diff(PartyId member, SignedCheckpoint from, SignedCheckpoint to, List<LineChanges> lines) {

        public static Diff of(LineDiff diff) {
            return new Diff(diff.member(), SignedCheckpoint.of(diff.from()), SignedCheckpoint.of(diff.to()), diff.lines());
        }
    }

    public static String describe(AsOf asOf) {
        if (asOf instanceof AsOf.Checkpoint c) {
            return "checkpoint " + c.number();
        }
        if (asOf instanceof AsOf.Position p) {
            return "position " + p.position();
        }
        if (asOf instanceof AsOf.At at) {
            return "instant " + at.instant();
        }
        return "head";
    }
}
