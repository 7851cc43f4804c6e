package org.scfledger.api.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.scfledger.projections.asof.AsOf;

/** {@code --as-of checkpoint N | position P | instant T | head}, as an auditor types it. */
final class AsOfOption {

    static final String SYNTAX = "checkpoint N | position P | instant T | head";

    private AsOfOption() {
    }

    static AsOf parse(List<String> words) {
        if (words.size() == 1 && words.get(0).equals("head")) {
            return AsOf.head();
        }
        if (words.size() != 2) {
            throw new AuditInput.CannotRun("--as-of takes " + SYNTAX + ", not '" + String.join(" ", words) + "'");
        }
        String value = words.get(1);
        switch (words.get(0)) {
            case "checkpoint":
                return AsOf.checkpoint(count(value, "a checkpoint number"));
            case "position":
                return AsOf.position(count(value, "a position"));
            case "instant":
                return AsOf.instant(instant(value));
            default:
                throw new AuditInput.CannotRun("--as-of takes " + SYNTAX + ", not '" + words.get(0) + "'");
        }
    }

    private static long count(String text, String what) {
        try {
            long value = Long.parseLong(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new AuditInput.CannotRun(what + " is a whole number from 0, not '" + text + "'");
    }

    /** An instant with its offset: 2026-11-26T08:00:00Z or 2026-11-26T16:00:00+08:00. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new AuditInput.CannotRun("an instant is a date and time with its offset, such as 2026-11-26T16:00:00+08:00, not '"
                    + text + "'");
        }
    }
}
