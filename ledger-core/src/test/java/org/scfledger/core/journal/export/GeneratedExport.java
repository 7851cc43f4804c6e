package org.scfledger.core.journal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.RecordEncoding;
import org.scfledger.crypto.AlgorithmSuite;
import org.scfledger.crypto.LedgerKeyPair;
import org.scfledger.crypto.MerkleAccumulator;
import org.scfledger.crypto.MerkleTree;

/**
 * A valid export of synthetic records, produced as it is read: nothing is held but the chain's head, the tree's
 * frontier and one chunk of lines, so a test can verify millions of records without materialising them.
 */
final class GeneratedExport extends InputStream {

    private static final Instant START = Instant.parse("2026-11-26T00:00:00Z");
    private static final int RECORDS_PER_CHUNK = 1_000;

    private final AlgorithmSuite suite;
    private final LedgerKeyPair key;
    private final long records;
    private final long checkpointEvery;
    private final MerkleTree tree;
    private final MerkleAccumulator accumulator;
    private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 20);
    private final ExportWriter writer = new ExportWriter(chunk);
    private byte[] lines = new byte[0];
    private int offset;
    private long position = -1;
    private long checkpoints;
    private byte[] head;

    GeneratedExport(AlgorithmSuite suite, LedgerKeyPair key, long records, long checkpointEvery) {
        this.suite = suite;
        this.key = key;
        this.records = records;
        this.checkpointEvery = checkpointEvery;
        this.tree = new MerkleTree(suite.hash());
        this.accumulator = new MerkleAccumulator(tree);
        this.head = new byte[suite.hash().digestLength()];
    }

    /** The root of the records generated so far: once read to the end, what the verifier must find. */
    byte[] root() {
        return accumulator.root();
    }

    long checkpoints() {
        return checkpoints;
    }

    @Override
    public int read() throws IOException {
        return ensureBytes() ? lines[offset++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!ensureBytes()) {
            return -1;
        }
        int n = Math.min(length, lines.length - offset);
        System.arraycopy(lines, offset, buffer, from, n);
        offset += n;
        return n;
    }

    private boolean ensureBytes() throws IOException {
        while (offset == lines.length) {
            if (position >= records) {
                return false;
            }
            chunk.reset();
            if (position < 0) {
                var publicKey = key.publicKey();
                writer.header(new ExportHeader(START, publicKey.fingerprint(), publicKey.toPem(), suite, records));
                position = 0;
                checkpointIfDue();
            }
            for (int i = 0; i < RECORDS_PER_CHUNK && position < records; i++) {
                writer.record(next());
                checkpointIfDue();
            }
            writer.flush();
            lines = chunk.toByteArray();
            offset = 0;
        }
        return true;
    }

    /** Records of varied size and shape: with and without an aggregate, payloads from ~40 bytes to ~850. */
    private JournalRecord next() {
        long p = position;
        boolean inAggregate = p % 5 != 0;
        String payload = "{\"amount\":\"" + (p * 37 % 100_000) + ".00\",\"note\":\"" + "x".repeat((int) (p % 9) * 100) + "\"}";
        byte[] metadata = "{\"actingParty\":\"supplier-7\"}".getBytes(StandardCharsets.UTF_8);
        var withoutHash = new JournalRecord(p, new UUID(0, p).toString(), inAggregate ? "Invoice" : null,
                inAggregate ? "invoice-" + p / 4 : null, inAggregate ? p % 4 : null, "org.example.Registered", null,
                START.plusMillis(p), payload.getBytes(StandardCharsets.UTF_8), metadata, head, new byte[0]);
        byte[] hash = suite.hash().digest(RecordEncoding.encode(withoutHash));
        accumulator.append(tree.leafHash(hash));
        head = hash;
        position++;
        return new JournalRecord(p, withoutHash.eventId(), withoutHash.aggregateType(), withoutHash.aggregateId(),
                withoutHash.aggregateSequence(), withoutHash.eventType(), null, withoutHash.occurredAt(), withoutHash.payload(),
                withoutHash.metadata(), withoutHash.prevHash(), hash);
    }

    private void checkpointIfDue() {
        if (position % checkpointEvery != 0 && position != records) {
            return;
        }
        var unsigned = new Checkpoint(checkpoints, position, accumulator.root(), head, START, suite, key.publicKey().fingerprint(),
                new byte[0]);
        try {
            writer.checkpoint(new Checkpoint(unsigned.number(), unsigned.treeSize(), unsigned.rootHash(), unsigned.headHash(),
                    unsigned.createdAt(), suite, unsigned.keyFingerprint(), key.sign(unsigned.signedBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkpoints++;
    }
}
