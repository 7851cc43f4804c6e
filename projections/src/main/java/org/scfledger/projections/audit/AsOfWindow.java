package org.scfledger.projections.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.JournalRecord;
import org.scfledger.core.journal.export.ExportVisitor;
import org.scfledger.core.journal.export.ExportedRecord;
import org.scfledger.projections.asof.AsOf;

/**
 * Which verified records count "as of" a point of the journal, and which signed checkpoint anchors the answer: the
 * first one covering every record that counts. As of an instant, the records that count are those before the first
 * one that occurred after it: what the journal held at that instant. Hands the records that count and that the fold wants to the fold, and
 * ends the verification at the anchor, so that nothing after it is read.
 */
final class AsOfWindow implements ExportVisitor {

    private final AsOf asOf;
    private final Fold fold;
    /** Records at positions below the cut count; -1 until known. */
    private long cut;
    private @Nullable Checkpoint anchor;
    private @Nullable Checkpoint latest;
    private @Nullable Instant lastCounted;

    AsOfWindow(AsOf asOf, Fold fold) {
        this.asOf = asOf;
        this.fold = fold;
        this.cut = asOf instanceof AsOf.Position p ? p.position() + 1 : -1;
    }

    @Override
    public void record(ExportedRecord record) {
        long position = record.position();
        if (cut >= 0 && position >= cut) {
            return;
        }
        if (asOf instanceof AsOf.At at) {
            Instant occurredAt = record.occurredAt();
            if (occurredAt.isAfter(at.instant())) {
                cut = position;
                if (latest != null && latest.treeSize() >= cut) {
                    anchor = latest;
                }
                return;
            }
            lastCounted = occurredAt;
            if (fold.aggregates().match(record)) {
                fold.apply(record.decode());
            }
            return;
        }
        boolean last = asOf instanceof AsOf.Position p && position == p.position();
        if (fold.aggregates().match(record)) {
            JournalRecord decoded = record.decode();
            lastCounted = decoded.occurredAt();
            fold.apply(decoded);
        } else if (last) {
            lastCounted = record.occurredAt();
        }
    }

    @Override
    public boolean checkpoint(Checkpoint checkpoint) {
        latest = checkpoint;
        if (anchor == null && asOf instanceof AsOf.Checkpoint wanted && checkpoint.number() == wanted.number()) {
            anchor = checkpoint;
            cut = checkpoint.treeSize();
        } else if (anchor == null && cut >= 0 && checkpoint.treeSize() >= cut && !(asOf instanceof AsOf.Checkpoint)) {
            anchor = checkpoint;
        }
        return anchor != null;
    }

    /** The checkpoint the answer is anchored to, once the verification has ended successfully. */
    Checkpoint anchor() {
        if (anchor != null) {
            return anchor;
        }
        if (latest == null) {
            throw new IllegalStateException("a verified export has a checkpoint");
        }
        if (asOf instanceof AsOf.Checkpoint wanted) {
            throw new IllegalArgumentException("the export has no checkpoint " + wanted.number() + " (its last is "
                    + latest.number() + ")");
        }
        if (asOf instanceof AsOf.Position p && p.position() >= latest.treeSize()) {
            throw new IllegalArgumentException("position " + p.position() + " is beyond the export, which ends at position "
                    + (latest.treeSize() - 1));
        }
        return latest; // the head, or an instant after the export's last record
    }

    /** How many records of the journal the answer covers: positions 0 to size - 1. */
    long size() {
        return cut >= 0 ? Math.min(cut, anchor().treeSize()) : anchor().treeSize();
    }

    /** The day the point falls on, for valuing a repayment position: the business day it stood on. */
    LocalDate day(ZoneId zone) {
        Instant when;
        if (asOf instanceof AsOf.At at) {
            when = at.instant();
        } else if (asOf instanceof AsOf.Position && lastCounted != null) {
            when = lastCounted;
        } else {
            when = anchor().createdAt();
        }
        return LocalDate.ofInstant(when, zone);
    }
}
