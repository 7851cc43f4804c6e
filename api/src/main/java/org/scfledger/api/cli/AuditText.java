package org.scfledger.api.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.money.Money;
import org.scfledger.crypto.Hex;
import org.scfledger.projections.audit.Evidence;

/** The pieces every audit table shares: the anchor, money in a column, ids as users type them, the evidence list. */
final class AuditText {

    private AuditText() {
    }

    static void anchor(PrintWriter out, Checkpoint anchor, long journalSize, @Nullable String slice) {
        out.println(String.format(Locale.ROOT, "Anchored to checkpoint %d, signed %s: tree of %,d records, root %s.",
                anchor.number(), anchor.createdAt(), anchor.treeSize(), Hex.encode(anchor.rootHash())));
        if (slice == null) {
            String covers = journalSize == 0 ? "no record" : String.format(Locale.ROOT, "positions 0 to %,d", journalSize - 1);
            out.println(String.format(Locale.ROOT, "The export verified up to it with the trusted key %s; the answer covers %s.",
                    anchor.keyFingerprint(), covers));
        } else {
            out.println(String.format(Locale.ROOT, "From the slice of %s, verified with the trusted key %s: each of its events up to"
                    + " position %,d is proven to be in that tree; a slice cannot prove that none was left out (a full export can).",
                    slice, anchor.keyFingerprint(), journalSize - 1));
        }
    }

    /** Where each event of the evidence can be proven. */
    static String proveHint(@Nullable String slice) {
        return slice == null ? "Prove any with 'ledger prove EXPORT --event POSITION'."
                : "Each is proven by the slice's own inclusion proof, which 'ledger verify' checks.";
    }

    static void row(PrintWriter out, String label, @Nullable Object value) {
        out.println(String.format(Locale.ROOT, "  %-26s %s", label, text(value)));
    }

    /** Amounts right-aligned so that a column of them reads; ids without their journal prefix. */
    static String text(@Nullable Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Money money) {
            return String.format(Locale.ROOT, "%18s %s", money.amount().toPlainString(), money.currency().getCurrencyCode());
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        return plainIds(value.toString());
    }

    /** {@code party:supplier-1} reads {@code supplier-1}, as users type it. */
    static String plainIds(String text) {
        return text.replaceAll("\\b(party|program|financing):", "");
    }

    static void evidence(PrintWriter out, List<Evidence> evidence) {
        out.println(String.format(Locale.ROOT, "  %10s  %-27s  %-26s  %-12s  %s", "position", "occurred at (UTC)", "event",
                "role", "record hash"));
        for (Evidence e : evidence) {
            out.println(String.format(Locale.ROOT, "  %10d  %-27s  %-26s  %-12s  %s", e.position(), e.occurredAt(),
                    e.eventType(), e.role().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.recordHash()));
        }
    }
}
