package org.scfledger.api.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.journal.LedgerSigner;
import org.scfledger.core.journal.export.ExportProgress;
import org.scfledger.core.journal.export.JournalExporter;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.audit.AuditReplay;
import org.scfledger.projections.audit.Audited;
import org.scfledger.projections.audit.LineDiff;
import org.scfledger.projections.audit.ReplayReport;
import org.scfledger.projections.audit.ReplaySubject;

/**
 * The auditor's replay and diff, run by the server on its own journal: the journal is exported up to the checkpoint
 * the answer needs and streamed into the very {@link AuditReplay} the command line runs on a file, so the server
 * verifies its own journal with its public key before it answers, exactly as an auditor would.
 */
public final class OwnJournalAudit implements AutoCloseable {

    private final JournalExporter exporter;
    private final AuditReplay replay;
    /** One thread per audit in progress writes the export into its pipe, and ends with it. */
    private final ExecutorService writers;
    /** Each audit reads the journal up to its anchor: a few at a time, so that auditors cannot crowd out the ledger. */
    private final Semaphore running = new Semaphore(CONCURRENT_AUDITS);

    /** How many audits run at once; the next is refused until one ends. */
    public static final int CONCURRENT_AUDITS = 2;

    public OwnJournalAudit(Journal journal, LedgerSigner signer, Clock clock, ZoneId businessZone) {
        this.exporter = new JournalExporter(journal, signer, clock);
        this.replay = new AuditReplay(signer.publicKey(), businessZone);
        var count = new AtomicInteger();
        this.writers = Executors.newCachedThreadPool(work -> {
            var thread = new Thread(work, "audit-replay-export-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** {@code subject} as of {@code asOf}, from the journal exported up to checkpoint {@code exportTo}. */
    public Audited<ReplayReport> replay(long exportTo, AsOf asOf, ReplaySubject subject, @Nullable LocalDate valuedOn)
            throws IOException {
        return limited(() -> {
            try (var pipe = export(exportTo)) {
                return exported(pipe, () -> replay.replay(pipe.input(), asOf, subject, valuedOn, ExportProgress.none()));
            }
        });
    }

    /** What changed in {@code member}'s lines from checkpoint {@code from} to {@code to}. */
    public Audited<LineDiff> diff(long from, long to, PartyId member, @Nullable ProgramId program) throws IOException {
        return limited(() -> {
            try (var pipe = export(to)) {
                return exported(pipe, () -> replay.diff(pipe.input(), from, to, member, program, ExportProgress.none()));
            }
        });
    }

    private <T> Audited<T> limited(Audit<T> audit) throws IOException {
        if (!running.tryAcquire()) {
            throw new Busy();
        }
        try {
            return audit.run();
        } finally {
            running.release();
        }
    }

    /** Thrown when {@link #CONCURRENT_AUDITS} audits are already running: ask again in a moment. */
    public static final class Busy extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Busy() {
            super(CONCURRENT_AUDITS + " audits are already running; ask again in a moment", null, false, false);
        }
    }

    private ExportPipe export(long upToCheckpoint) throws IOException {
        return ExportPipe.start(writers, out -> exporter.export(upToCheckpoint, out, ExportProgress.none()));
    }

    /**
     * The audit's answer, unless the export broke off: a failed verification is the journal's only if the exporter
     * wrote all it meant to, and a database that could not be read is the server's failure, not the journal's.
     */
    private static <T> Audited<T> exported(ExportPipe pipe, Audit<T> audit) throws IOException {
        Audited<T> audited;
        try {
            audited = audit.run();
        } catch (IOException broken) {
            throw exportFailed(pipe, broken);
        }
        if (!audited.ok() && pipe.writerFailure() != null) {
            throw exportFailed(pipe, null);
        }
        return audited;
    }

    private static IOException exportFailed(ExportPipe pipe, @Nullable IOException reading) {
        Throwable cause = pipe.writerFailure() != null ? pipe.writerFailure() : reading;
        return new IOException("the journal could not be exported for the audit: "
                + (cause == null ? "the export ended early" : cause.getMessage()), cause);
    }

    @Override
    public void close() {
        writers.shutdownNow();
    }

    @FunctionalInterface
    private interface Audit<T> {
        Audited<T> run() throws IOException;
    }
}
