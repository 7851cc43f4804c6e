package org.scfledger.commands.trade;

import java.time.LocalDate;
import org.scfledger.core.rules.RuleViolation;

/**
 * A trade document's history runs forward from the document's own date: nothing is accepted, invoiced, verified,
 * pledged, released or cancelled before the order was placed or the invoice issued. Shared by every dated command
 * on orders and invoices.
 */
final class DocumentDates {

    static final String OUT_OF_ORDER = "date-out-of-order";

    private DocumentDates() {
    }

    /** Refuses {@code date} if it falls before {@code earliest}; {@code what} says what happens, e.g. "the order is accepted". */
    static void notBefore(LocalDate date, LocalDate earliest, String what, String since) {
        if (date.isBefore(earliest)) {
            throw new RuleViolation(OUT_OF_ORDER, what + " on " + date + ", before " + since + " on " + earliest);
        }
    }
}
