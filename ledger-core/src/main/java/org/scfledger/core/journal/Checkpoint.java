package org.scfledger.core.journal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.Hex;
import org.scfledger.crypto.LedgerPublicKey;

/**
 * A signed statement: "the journal's first {@code treeSize} records have Merkle root {@code rootHash} and
 * their chain ends in {@code headHash}". The signature covers {@link #signedBytes()}.
 */
public record Checkpoint(
        long number,
        long treeSize,
        byte[] rootHash,
        byte[] headHash,
        Instant createdAt,
        AlgorithmSuite suite,
        String keyFingerprint,
        byte[] signature) {

    /**
     * The RFC 8785 canonical JSON of every field but the signature:
     * <pre>{"createdAt":"…Z","headHash":"hex","keyFingerprint":"hex","number":n,"rootHash":"hex","suite":"SHA256-ED25519","treeSize":n}</pre>
     */
    public byte[] signedBytes() {
        return signedBytes(number, treeSize, rootHash, headHash, createdAt, suite, keyFingerprint);
    }

    static byte[] signedBytes(long number, long treeSize, byte[] rootHash, byte[] headHash, Instant createdAt,
            AlgorithmSuite suite, String keyFingerprint) {
        var out = new ByteArrayOutputStream(320);
        ascii(out, "{\"createdAt\":\"" + RecordEncoding.formatTime(createdAt) + "\"");
        ascii(out, ",\"headHash\":\"" + Hex.encode(headHash) + "\"");
        ascii(out, ",\"keyFingerprint\":");
        RecordEncoding.string(out, keyFingerprint);
        ascii(out, ",\"number\":" + number);
        ascii(out, ",\"rootHash\":\"" + Hex.encode(rootHash) + "\"");
        ascii(out, ",\"suite\":");
        RecordEncoding.string(out, suite.suiteName());
        ascii(out, ",\"treeSize\":" + treeSize + "}");
        return out.toByteArray();
    }

    /** True when the signature is this key's, over these fields, and the key is the one named. */
    public boolean isSignedBy(LedgerPublicKey key) {
        return key.fingerprint().equals(keyFingerprint) && key.algorithm() == suite.signature()
                && key.verify(signedBytes(), signature);
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && number == that.number && treeSize == that.treeSize
                && Arrays.equals(rootHash, that.rootHash) && Arrays.equals(headHash, that.headHash)
                && createdAt.equals(that.createdAt) && suite == that.suite && keyFingerprint.equals(that.keyFingerprint)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number) * 31 + Long.hashCode(treeSize);
    }

    @Override
    public String toString() {
        return "Checkpoint[number=" + number + ", treeSize=" + treeSize + ", root=" + Hex.encode(rootHash) + "]";
    }
}
